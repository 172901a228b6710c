/* Autocomplete for every search box with data-autocomplete="/api/suggesties/".
 * Progressive enhancement: without this script the form submits to /zoeken/ as usual.
 * ARIA 1.2 combobox pattern: the input keeps focus, arrow keys move through the
 * suggestions (aria-activedescendant), Enter opens the chosen page, Escape closes. */
(function () {
  "use strict";

  var teller = 0;

  function init(input) {
    var url = input.getAttribute("data-autocomplete");
    if (!url || input.getAttribute("role") === "combobox") return;
    teller += 1;
    var lijstId = "zoek-suggesties-" + teller;
    var lijst = document.createElement("ul");
    lijst.id = lijstId;
    lijst.className = "zoek-suggesties";
    lijst.setAttribute("role", "listbox");
    lijst.setAttribute("aria-label", "Suggesties");
    lijst.hidden = true;
    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");

    var houder = input.parentNode;
    houder.classList.add("zoek-combobox");
    houder.appendChild(lijst);
    houder.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", lijstId);

    var items = [];
    var actief = -1;
    var timer = null;
    var laatsteVraag = "";
    var controller = null;

    function sluit() {
      lijst.hidden = true;
      lijst.innerHTML = "";
      items = [];
      actief = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function kies(index) {
      if (actief >= 0 && items[actief]) items[actief].el.setAttribute("aria-selected", "false");
      actief = index;
      if (actief >= 0 && items[actief]) {
        items[actief].el.setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", items[actief].el.id);
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function toon(suggesties) {
      sluit();
      if (!suggesties.length) {
        status.textContent = "";
        return;
      }
      suggesties.forEach(function (s, i) {
        var li = document.createElement("li");
        li.id = lijstId + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.textContent = s.title;
        li.addEventListener("mousedown", function (e) {
          e.preventDefault(); // keep focus in the input
          window.location.href = s.url;
        });
        lijst.appendChild(li);
        items.push({ el: li, url: s.url });
      });
      lijst.hidden = false;
      input.setAttribute("aria-expanded", "true");
      status.textContent = suggesties.length + (suggesties.length === 1 ? " suggestie" : " suggesties") +
        ", gebruik pijltje omlaag om te kiezen.";
    }

    function vraag() {
      var q = input.value.trim();
      if (q === laatsteVraag) return;
      laatsteVraag = q;
      if (q.length < 2) {
        sluit();
        return;
      }
      if (controller) controller.abort();
      controller = "AbortController" in window ? new AbortController() : null;
      fetch(url + "?q=" + encodeURIComponent(q), {
        headers: { Accept: "application/json" },
        signal: controller ? controller.signal : undefined,
      })
        .then(function (r) { return r.ok ? r.json() : { suggesties: [] }; })
        .then(function (data) {
          if (input.value.trim() === q && document.activeElement === input) toon(data.suggesties || []);
        })
        .catch(function () { /* offline or aborted: the form still works */ });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(vraag, 150);
    });
    input.addEventListener("keydown", function (e) {
      if (lijst.hidden) {
        if (e.key === "ArrowDown" && input.value.trim().length >= 2) {
          laatsteVraag = "";
          vraag();
        }
        return;
      }
      if (e.key === "ArrowDown") {
        e.preventDefault();
        kies(actief + 1 >= items.length ? 0 : actief + 1);
      } else if (e.key === "ArrowUp") {
        e.preventDefault();
        kies(actief - 1 < 0 ? items.length - 1 : actief - 1);
      } else if (e.key === "Enter" && actief >= 0) {
        e.preventDefault();
        window.location.href = items[actief].url;
      } else if (e.key === "Escape") {
        e.preventDefault();
        sluit();
      }
    });
    input.addEventListener("blur", function () {
      setTimeout(sluit, 100);
    });
  }

  function start() {
    var inputs = document.querySelectorAll("input[data-autocomplete]");
    for (var i = 0; i < inputs.length; i += 1) init(inputs[i]);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
