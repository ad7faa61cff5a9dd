// The site's search (/recherche/): reads the manifest of /recherche/index/, the term shards of the words typed,
// then the result files of the pages shown; folds words as SearchFolding.swift. DOM calls and textContent only.
(function () {
  "use strict";
  function byId(id) { return document.getElementById("recherche" + id); }
  var form = byId(""), input = byId("-q"), list = byId("-resultats"), status = byId("-annonce"), more = byId("-plus");
  var fallback = byId("-sans-script");
  if (!form || !input || !list || !status || !more || !window.fetch || !window.Promise || !"".normalize) return;
  var manifestURL = form.getAttribute("data-index");
  var base = manifestURL.replace(/[^\/]*$/, "");
  var ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
  var DIGIT = [];
  for (var i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;
  // Body, headings and labels, summary, title.
  var RANK = [1, 3, 8, 20];
  var PAGE = 10;
  var WORD = /([^A-Za-z0-9\u00C0-\u024F\u0153\u0152]+)/;
  var files = {}, manifest = null, stop = {}, asked = 0, timer = null, current = {};

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
    return word.length >= 4 && /(x|[^s]s)$/.test(word) ? word.slice(0, -1) : word;
  }

  function terms(text) {
    var out = [];
    fold(text).split(/[^a-z0-9]+/).forEach(function (word) {
      var t = term(word);
      if (t && out.indexOf(t) < 0) out.push(t);
    });
    return out;
  }

  // The shard holding `word` (the longest key it starts with) and, for a prefix, the shards of longer terms.
  function shardsOf(word, prefix) {
    var keys = [];
    for (var n = word.length; n > 0; n--) {
      if (manifest.shards.hasOwnProperty(word.slice(0, n))) { keys.push(word.slice(0, n)); break; }
    }
    if (prefix) {
      var extra = [], size = 0;
      Object.keys(manifest.shards).forEach(function (key) {
        if (key.length > word.length && key.indexOf(word) === 0) { extra.push(key); size += manifest.shards[key]; }
      });
      // A short prefix of a large site would need too many shards: its exact terms are enough.
      if (size < 60000) keys = keys.concat(extra);
    }
    return keys;
  }

  function decode(text, add) {
    var value = 0, page = -1;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGIT[text.charCodeAt(i)];
      value = value * 32 + (digit & 31);
      if (digit < 32) {
        page += Math.floor(value / 16);
        add(page, value % 16);
        value = 0;
      }
    }
  }

  // Page → score for one word: its best matching term; an exact term counts more than a longer one.
  function scores(word, prefix, shards) {
    var found = {};
    shards.forEach(function (shard) {
      Object.keys(shard).forEach(function (t) {
        var exact = t === word;
        if (!exact && !(prefix && t.indexOf(word) === 0)) return;
        decode(shard[t], function (page, code) {
          var score = (RANK[code >> 2] + (code & 3) / 4) * (exact ? 1.5 : 1);
          if (!(found[page] >= score)) found[page] = score;
        });
      });
    });
    return found;
  }

  function rank(words, perWord) {
    var total = perWord[0];
    for (var w = 1; w < perWord.length; w++) {
      var next = {};
      Object.keys(total).forEach(function (page) {
        if (perWord[w][page] !== undefined) next[page] = total[page] + perWord[w][page];
      });
      total = next;
    }
    return Object.keys(total).map(Number).sort(function (a, b) { return total[b] - total[a] || a - b; });
  }

  function say(text) { status.textContent = text; }

  function matches(word) {
    var t = term(fold(word));
    return t !== null && current.words.some(function (w) { return t.indexOf(w) === 0; });
  }

  // Text with the matched words in <mark>, as text nodes.
  function marked(parent, text) {
    text.split(WORD).forEach(function (part) {
      if (part && matches(part)) {
        var mark = element("mark");
        mark.textContent = part;
        parent.appendChild(mark);
      } else if (part) {
        parent.appendChild(document.createTextNode(part));
      }
    });
  }

  // Around the first matched word of the summary, else of the excerpt.
  function snippet(entry) {
    var texts = [entry.s, entry.e];
    for (var i = 0; i < texts.length; i++) {
      var parts = texts[i].split(WORD);
      var at = 0;
      for (var p = 0; p < parts.length; p++) {
        if (matches(parts[p])) {
          var start = Math.max(0, at - 80);
          var cut = texts[i].slice(start, start + 200);
          return (start > 0 ? "… " + cut.replace(/^\S*\s/, "") : cut) + (start + 200 < texts[i].length ? " …" : "");
        }
        at += parts[p].length;
      }
    }
    return entry.s || entry.e;
  }

  function element(name, className) {
    var made = document.createElement(name);
    if (className) made.className = className;
    return made;
  }

  function item(entry) {
    var li = element("li", "search-result"), kind = element("p", "search-result__kind"), heading = element("h2", "search-result__title");
    var link = element("a"), text = element("p", "search-result__snippet");
    kind.textContent = manifest.kinds[entry.k] || "";
    link.href = entry.u;
    marked(link, entry.t);
    heading.appendChild(link);
    marked(text, snippet(entry));
    [heading, kind, text].forEach(function (child) { li.appendChild(child); });
    return li;
  }

  function entries(pages) {
    var per = manifest.documentsPerFile;
    return Promise.all(pages.map(function (page) {
      return get(base + "d/" + Math.floor(page / per) + ".json").then(function (group) { return group[page % per]; });
    }));
  }

  function showMore(id, focus) {
    var pages = current.ranked.slice(current.shown, current.shown + PAGE);
    return entries(pages).then(function (found) {
      if (id !== asked) return;
      var first = null;
      found.forEach(function (entry) {
        if (!entry) return;
        var li = item(entry);
        first = first || li;
        list.appendChild(li);
      });
      current.shown += pages.length;
      more.hidden = current.shown >= current.ranked.length;
      if (focus && first) first.querySelector("a").focus();
    });
  }

  function search(text) {
    var id = ++asked;
    var words = terms(text);
    var prefix = !/\s$/.test(text);
    list.textContent = "";
    more.hidden = true;
    current = { ranked: [], words: words, shown: 0 };
    if (!text.trim()) { say(""); return Promise.resolve(); }
    if (!words.length) { say("Saisissez un mot de deux lettres ou plus, autre qu’un article."); return Promise.resolve(); }
    return Promise.all(words.map(function (word, index) {
      var last = prefix && index === words.length - 1 && word.length >= 3;
      return Promise.all(shardsOf(word, last).map(function (key) { return get(base + "t/" + key + ".json"); }))
        .then(function (shards) { return scores(word, last, shards); });
    })).then(function (perWord) {
      if (id !== asked) return;
      current.ranked = rank(words, perWord);
      var n = current.ranked.length;
      say(n === 0 ? "Aucun résultat pour « " + text.trim() + " ». Essayez un autre mot, ou parcourez le guide des aides."
        : (n > 1 ? n.toLocaleString("fr-FR") + " résultats" : "1 résultat") + " pour « " + text.trim() + " ».");
      return showMore(id, false);
    }).catch(function () {
      if (id === asked) say("L’index de recherche n’a pas pu être chargé : réessayez.");
    });
  }

  function remember(text) {
    var query = new URLSearchParams(window.location.search);
    if (text.trim()) query.set("q", text.trim()); else query.delete("q");
    var rest = query.toString();
    window.history.replaceState(null, "", window.location.pathname + (rest ? "?" + rest : ""));
  }

  function run() {
    clearTimeout(timer);
    remember(input.value);
    return search(input.value);
  }

  function results() { return Array.prototype.slice.call(list.querySelectorAll(".search-result__title a")); }

  get(manifestURL).then(function (loaded) {
    manifest = loaded;
    manifest.stopWords.forEach(function (word) { stop[word] = true; });
    form.hidden = false;
    if (fallback) fallback.hidden = true;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(run, 200);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      run();
    });
    more.addEventListener("click", function () { showMore(asked, true); });
    // Down from the field goes to the first result; up and down move between results; Escape goes back.
    form.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && results().length) { event.preventDefault(); results()[0].focus(); }
      if (event.key === "Escape") { input.value = ""; run(); }
    });
    list.addEventListener("keydown", function (event) {
      var links = results(), at = links.indexOf(document.activeElement);
      if (at < 0) return;
      if (event.key === "ArrowDown" && at + 1 < links.length) { event.preventDefault(); links[at + 1].focus(); }
      if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
      if (event.key === "Escape") input.focus();
    });
    var q = new URLSearchParams(window.location.search).get("q");
    if (q) { input.value = q; run(); }
  }).catch(function () {});
})();
