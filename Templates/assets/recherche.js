// The search (/recherche/): folds words as SearchFolding.swift. DOM calls, textContent only.
(function () {
  "use strict";
  function byId(id) { return document.getElementById("recherche" + id); }
  var form = byId(""), input = byId("-q"), list = byId("-resultats"), status = byId("-annonce"), more = byId("-plus");
  var fallback = byId("-sans-script");
  if (!form || !input || !list || !status || !more || !window.fetch || !"".normalize) return;
  var manifestURL = form.getAttribute("data-index"), base = manifestURL.replace(/[^\/]*$/, "");
  var WORD = /([^A-Za-z0-9\u00C0-\u024F\u0153\u0152]+)/;
  var files = {}, manifest = null, stop = Object.create(null), asked = 0, timer = null, current = {};

  function get(url) {
    if (!files[url]) {
      files[url] = fetch(url).then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      });
      files[url].catch(function () { delete files[url]; });
    }
    return files[url];
  }

  function fold(text) {
    return text.toLowerCase().replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/ß/g, "ss").replace(/ø/g, "o")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function term(word) {
    word = word.slice(0, 30);
    if (word.length < 2 || stop[word]) return null;
    return word.length >= 4 && /([^u]x|[^o]ux|[^s]s)$/.test(word) ? word.slice(0, -1) : word;
  }

  function terms(text) {
    var out = [];
    fold(text).split(/[^a-z0-9]+/).forEach(function (word) {
      var t = term(word);
      if (t && out.indexOf(t) < 0) out.push(t);
    });
    return out;
  }

  function shard(key) { return base + "t/" + key + ".json"; }

  // `t` starts with `word`, not a pair term ("a-b").
  function longer(t, word) { return !t.indexOf(word) && t.indexOf("-", word.length) < 0; }

  // The shard of `word` (longest key it starts with); for a prefix, those of longer terms under 45 KB in all.
  function shardsOf(word, prefix, size) {
    var n = word.length, extra = [];
    while (n && !(word.slice(0, n) in manifest.shards)) n--;
    for (var key in manifest.shards) {
      if (prefix && key.length > word.length && longer(key, word)) { extra.push(key); size += manifest.shards[key]; }
    }
    return (n ? [word.slice(0, n)] : []).concat(size < 45000 ? extra : []);
  }

  // Page → BM25 score of a word (SearchRanking.swift); a longer term counts less. Postings: SearchPostings.swift.
  function scores(word, prefix, shards) {
    var found = {}, step = manifest.ranking.step;
    shards.forEach(function (group) {
      for (var t in group) {
        if (t !== word && !(prefix && longer(t, word))) continue;
        var text = group[t], d = t.length - word.length + 1, near = Math.exp(Math.exp(-d * d / 8) - 1);
        var n = text.replace(/[b-~]/g, "").length, value = 0, page = -1;
        var idf = Math.log(1 + (manifest.documents - n + 0.5) / (n + 0.5));
        for (var i = 0; i < text.length; i++) {
          var c = text.charCodeAt(i), digit = c - 32 - (c > 34) - (c > 92);
          if (digit < 64) {
            page += value + 1;
            var root = (digit + 0.5) * step, tf = near * root * root;
            found[page] = (found[page] || 0) + idf * tf / (1 + tf);
            value = 0;
          } else value = value * 29 + digit - 64;
        }
      }
    });
    return found;
  }

  // Pages with each of the n words, best first; the pairs after them add to their scores.
  function rank(perWord, n) {
    var total = perWord[0];
    perWord.slice(1).forEach(function (next, i) {
      var both = {};
      for (var page in total) if (page in next || i >= n - 1) both[page] = total[page] + (next[page] || 0);
      total = both;
    });
    return Object.keys(total).map(Number).sort(function (a, b) { return total[b] - total[a] || a - b; });
  }

  function say(text) { status.textContent = text; }

  function matches(word) {
    var t = term(fold(word));
    return t && current.words.some(function (w) { return !t.indexOf(w); });
  }

  // Matched words in <mark>, as text nodes.
  function marked(parent, text) {
    text.split(WORD).forEach(function (part) {
      if (part) (matches(part) ? parent.appendChild(element("mark")) : parent).appendChild(document.createTextNode(part));
    });
  }

  // Around the first matched word of the summary, else the excerpt.
  function snippet(entry) {
    var texts = [entry.s, entry.e];
    for (var i = 0; i < 2; i++) {
      var parts = texts[i].split(WORD), at = 0;
      for (var p = 0; p < parts.length; at += parts[p++].length) {
        if (!matches(parts[p])) continue;
        var start = Math.max(0, at - 80), cut = texts[i].slice(start, start + 200);
        return (start > 0 ? "… " + cut.replace(/^\S*\s/, "") : cut) + (start + 200 < texts[i].length ? "\u00a0…" : "");
      }
    }
    return entry.s || entry.e;
  }

  function element(name, part) {
    var made = document.createElement(name);
    if (part != null) made.className = "search-result" + part;
    return made;
  }

  function item(entry) {
    var li = element("li", ""), kind = element("p", "__kind"), heading = element("h2", "__title");
    var link = element("a"), text = element("p", "__snippet");
    kind.textContent = manifest.kinds[entry.k] || "";
    link.href = entry.u;
    marked(link, entry.t);
    heading.appendChild(link);
    marked(text, snippet(entry));
    li.append(heading, kind, text);
    return li;
  }

  function entries(pages) {
    var per = manifest.documentsPerFile;
    return Promise.all(pages.map(function (page) {
      return get(base + "d/" + Math.floor(page / per) + ".json").then(function (group) { return group[page % per]; });
    }));
  }

  function showMore(id, focus) {
    var pages = current.ranked.slice(current.shown, current.shown + 10);
    return entries(pages).then(function (found) {
      if (id !== asked) return;
      var first = list.children.length;
      found.forEach(function (entry) { if (entry) list.appendChild(item(entry)); });
      first = list.children[first];
      current.shown += pages.length;
      more.hidden = current.shown >= current.ranked.length;
      if (focus && first) first.querySelector("a").focus();
    });
  }

  function search(text) {
    var id = ++asked, words = terms(text), prefix = !/\s$/.test(text);
    list.textContent = "";
    more.hidden = true;
    current = { ranked: [], words: words, shown: 0 };
    if (!words.length) {
      say(text.trim() ? "Saisissez un mot de deux lettres ou plus, autre qu’un article." : "");
      return Promise.resolve();
    }
    var size = 0, all = words.concat(words.slice(1).map(function (w, i) { return (words[i] + "-" + w).slice(0, 30); }));
    words.forEach(function (word) { size += manifest.shards[shardsOf(word)[0]] || 0; });
    return Promise.all(all.map(function (word, index) {
      // 4+ letters match longer terms in their shard ("hotel": "hotellerie"); the last word fetches theirs too,
      // a pair its shard while the query's stay under 50 KB.
      var last = prefix && (index === words.length - 1 || index === all.length - 1) && word.length > 2;
      var keys = shardsOf(word, last, size), cost = manifest.shards[keys[0]];
      if (index >= words.length && !files[shard(keys[0])]) size + cost > 5e4 ? keys = [] : size += cost;
      return Promise.all(keys.map(function (key) { return get(shard(key)); }))
        .then(function (shards) { return scores(word, last || (index < words.length && word.length > 3), shards); });
    })).then(function (perWord) {
      if (id !== asked) return;
      current.ranked = rank(perWord, words.length);
      var n = current.ranked.length;
      say(!n ? "Aucun résultat pour «\u00a0" + text.trim() + "\u00a0». Essayez un autre mot, ou parcourez le guide des aides."
        : (n > 1 ? n.toLocaleString("fr-FR") + " résultats" : "1 résultat") + " pour «\u00a0" + text.trim() + "\u00a0».");
      return showMore(id, false);
    }).catch(function () {
      if (id === asked) say("L’index de recherche n’a pas pu être chargé\u00a0: réessayez.");
    });
  }

  function remember(text) {
    var query = new URLSearchParams(location.search);
    if (text.trim()) query.set("q", text.trim()); else query.delete("q");
    history.replaceState(null, "", location.pathname + (query + "" ? "?" + query : ""));
  }

  function run() {
    clearTimeout(timer);
    remember(input.value);
    return search(input.value);
  }

  function results() { return [].slice.call(list.querySelectorAll(".search-result__title a")); }

  get(manifestURL).then(function (loaded) {
    manifest = loaded;
    // No prototype: "constructor" is a word here.
    manifest.shards = Object.assign(Object.create(null), loaded.shards);
    manifest.stopWords.forEach(function (word) { stop[word] = true; });
    form.hidden = false;
    if (fallback) fallback.hidden = true;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(run, 200);
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      run();
    });
    more.addEventListener("click", function () { showMore(asked, true); });
    // Down: to the results; up and down between them; Escape: back.
    form.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" && results().length) { e.preventDefault(); results()[0].focus(); }
      if (e.key === "Escape") { input.value = ""; run(); }
    });
    list.addEventListener("keydown", function (e) {
      var links = results(), at = links.indexOf(document.activeElement);
      if (at < 0) return;
      if (e.key === "ArrowDown" && at + 1 < links.length) { e.preventDefault(); links[at + 1].focus(); }
      if (e.key === "ArrowUp") { e.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
      if (e.key === "Escape") input.focus();
    });
    var q = new URLSearchParams(location.search).get("q");
    if (q) { input.value = q; run(); }
  }).catch(function () {});
})();
