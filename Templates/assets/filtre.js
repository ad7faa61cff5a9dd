// The aid guide's filter: shown only when this script runs, it narrows the current aids by type, public, theme,
// territory, status and words, at once, keeps the choice in the address (shareable, the back button works), and
// says the count through the form's status line. Without it, the page and its facet pages list every aid.
// Cards are made with DOM calls and textContent only: no data is ever read as HTML.
(function () {
  "use strict";
  var form = document.getElementById("filtre");
  var cards = document.getElementById("cartes");
  var heading = document.getElementById("resultats");
  var status = document.getElementById("filtre-annonce");
  if (!form || !cards || !heading || !status || !window.fetch || !window.URLSearchParams || !window.history.replaceState) return;
  var facets = ["type", "public", "theme", "territoire", "statut"];
  var original = { cards: Array.prototype.slice.call(cards.children), heading: heading.textContent };
  var pagination = document.querySelector(".pagination");
  var archive = document.querySelector(".guide-archive");
  var aids = null;
  var timer = null;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function count(n) {
    return n + (n > 1 ? " aides" : " aide");
  }

  function readAddress() {
    var query = new URLSearchParams(window.location.search);
    var state = { q: query.get("q") || "" };
    facets.forEach(function (name) { state[name] = query.get(name) || ""; });
    return state;
  }

  function readForm() {
    var state = { q: form.elements.q.value.trim() };
    facets.forEach(function (name) { state[name] = form.elements[name] ? form.elements[name].value : ""; });
    return state;
  }

  function showInForm(state) {
    form.elements.q.value = state.q;
    facets.forEach(function (name) {
      var field = form.elements[name];
      if (!field) return;
      var known = Array.prototype.some.call(field.options, function (option) { return option.value === state[name]; });
      field.value = known ? state[name] : "";
    });
  }

  function address(state) {
    var query = new URLSearchParams();
    facets.forEach(function (name) { if (state[name]) query.set(name, state[name]); });
    if (state.q) query.set("q", state.q);
    var text = query.toString();
    return window.location.pathname + (text ? "?" + text : "") + window.location.hash;
  }

  function isEmpty(state) {
    return !state.q && facets.every(function (name) { return !state[name]; });
  }

  function matches(aid, state, words) {
    for (var i = 0; i < facets.length; i++) {
      var wanted = state[facets[i]];
      if (wanted && (aid.facets[facets[i]] || []).indexOf(wanted) < 0) return false;
    }
    return words.every(function (word) { return aid.words.indexOf(word) >= 0; });
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function card(aid) {
    var article = element("article", "card card--aid");
    var title = element("h3", "card__title");
    var link = element("a", "", aid.title);
    link.href = aid.url;
    title.appendChild(link);
    article.appendChild(title);
    article.appendChild(element("p", "card__promise", aid.promise));
    var badge = element("p", "status status--" + aid.statusCode);
    badge.appendChild(element("strong", "", aid.status));
    if (aid.detail) badge.appendChild(document.createTextNode(" · " + aid.detail));
    article.appendChild(badge);
    var tags = element("ul", "tags");
    tags.setAttribute("aria-label", "Types d’aide");
    aid.types.forEach(function (type) { tags.appendChild(element("li", "tag", type)); });
    article.appendChild(tags);
    var facts = element("dl", "card__facts");
    [["Pour qui", aid.audiences], ["Territoire", aid.territories], ["Montant", aid.amount]].forEach(function (pair) {
      if (!pair[1]) return;
      facts.appendChild(element("dt", "", pair[0]));
      facts.appendChild(element("dd", "", pair[1]));
    });
    article.appendChild(facts);
    return article;
  }

  function show(state) {
    while (cards.firstChild) cards.removeChild(cards.firstChild);
    if (isEmpty(state)) {
      original.cards.forEach(function (node) { cards.appendChild(node); });
      heading.textContent = original.heading;
      if (pagination) pagination.hidden = false;
      if (archive) archive.hidden = false;
      status.textContent = "";
      return;
    }
    var words = fold(state.q).split(/\s+/).filter(Boolean);
    var found = aids.filter(function (aid) { return matches(aid, state, words); });
    found.forEach(function (aid) { cards.appendChild(card(aid)); });
    heading.textContent = count(found.length) + " sur " + aids.length;
    if (pagination) pagination.hidden = true;
    if (archive) archive.hidden = true;
    status.textContent = found.length === 0 ? "Aucune aide ne correspond à ces critères." : count(found.length) + " trouvée" + (found.length > 1 ? "s" : "") + ".";
  }

  function update(push) {
    var state = readForm();
    var next = address(state);
    if (next !== window.location.pathname + window.location.search + window.location.hash) {
      if (push) window.history.pushState(state, "", next); else window.history.replaceState(state, "", next);
    }
    show(state);
  }

  window.fetch(form.getAttribute("data-index"), { credentials: "same-origin" })
    .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
    .then(function (data) {
      aids = data.aids;
      form.hidden = false;
      var state = readAddress();
      showInForm(state);
      show(readForm());
      form.addEventListener("change", function (event) { if (event.target.name !== "q") update(true); });
      form.addEventListener("input", function (event) {
        if (event.target.name !== "q") return;
        window.clearTimeout(timer);
        timer = window.setTimeout(function () { update(false); }, 250);
      });
      form.addEventListener("submit", function (event) { event.preventDefault(); update(true); });
      form.addEventListener("reset", function () { window.setTimeout(function () { update(true); }, 0); });
      window.addEventListener("popstate", function () {
        var state = readAddress();
        showInForm(state);
        show(readForm());
      });
    })
    .catch(function () { /* The page stays as it is: every aid is listed and every facet has its page. */ });
})();
