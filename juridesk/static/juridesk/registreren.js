/* The juridesk logging screen, for the keyboard.
 *
 * - Enter in a field never saves (the form's default button is disabled, see the template;
 *   this script also stops the key). Ctrl+Enter (or Cmd+Enter) saves, as the first button.
 * - The theme and nationality fields are comboboxes (WAI-ARIA 1.2 pattern): typing shows
 *   the suggestions that begin with, contain a word beginning with, or contain the typed
 *   text, and those that a search synonym leads to; the first one is highlighted, the arrow
 *   keys move the highlight, Enter picks it, Escape closes the list.
 * - The page fields ("Doorverwezen naar pagina") are comboboxes too: on focus, or with the
 *   down arrow, they offer the pages linked to the chosen themes (data-koppelingen) and what
 *   the site search (/api/zoeken/, named by URL in data-zoeken) finds for the description;
 *   typing filters those, the theme pages, and what the site search finds for the typed text.
 * Without JavaScript the fields keep their <datalist> and the server accepts a unique
 * beginning. */
(function () {
  "use strict";

  var form = document.getElementById("juridesk-vraagformulier");
  if (!form) {
    return;
  }
  var MAX = 10;
  var synoniemen = []; // [[normalised term, ...], ...]
  var zoekUrl = form.dataset.zoeken;
  var koppelingen = {}; // {theme label: [page label, ...]}
  try {
    koppelingen = JSON.parse(form.dataset.koppelingen || "{}");
  } catch (e) {
    koppelingen = {};
  }
  var omschrijvingTreffers = []; // page labels the site search found for the description

  function norm(tekst) {
    return (tekst || "")
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/\s+/g, " ")
      .trim();
  }

  function woordBegin(label, q) {
    var i = label.indexOf(q);
    while (i > 0) {
      if (/[\s>\-(/,.]/.test(label.charAt(i - 1))) {
        return true;
      }
      i = label.indexOf(q, i + 1);
    }
    return i === 0;
  }

  /* How well `label` (normalised) answers `q`: 0 best, -1 not at all. */
  function score(label, deel, q, via) {
    if (label.indexOf(q) === 0 || deel.indexOf(q) === 0) {
      return 0;
    }
    if (woordBegin(label, q)) {
      return 1;
    }
    if (label.indexOf(q) >= 0) {
      return 2;
    }
    for (var i = 0; i < via.length; i++) {
      if (label.indexOf(via[i]) >= 0) {
        return 3;
      }
    }
    return -1;
  }

  /* The terms a synonym group adds for `q`: the other terms of every group with a term
     that begins with `q` (or that `q` begins with, for "leefloon aanvragen"). */
  function viaSynoniemen(q) {
    var extra = [];
    if (q.length < 3) {
      return extra;
    }
    synoniemen.forEach(function (groep) {
      var raak = groep.some(function (term) {
        return term.indexOf(q) === 0 || (q.indexOf(term) === 0 && term.length >= 3);
      });
      if (raak) {
        groep.forEach(function (term) {
          if (term.indexOf(q) !== 0 && extra.indexOf(term) < 0 && term.length >= 3) {
            extra.push(term);
          }
        });
      }
    });
    return extra;
  }

  /* "Gezinshereniging (/verblijf/gezinshereniging/)": how the page fields name a page. */
  function paginaLabel(titel, url) {
    var pad = url;
    try {
      pad = new URL(url, window.location.href).pathname;
    } catch (e) {
      pad = url;
    }
    if (pad.charAt(pad.length - 1) !== "/") {
      pad += "/";
    }
    return titel + " (" + pad + ")";
  }

  /* The theme pages the site search finds for `tekst` (a promise of page labels). */
  function zoekPaginas(tekst, limiet) {
    if (!zoekUrl || !window.fetch || !tekst) {
      return Promise.resolve([]);
    }
    var url =
      zoekUrl + "?type=thema&limit=" + limiet + "&q=" + encodeURIComponent(tekst.slice(0, 200));
    return fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (antwoord) {
        return antwoord.ok ? antwoord.json() : { results: [] };
      })
      .then(function (data) {
        return (data.results || []).map(function (r) {
          return paginaLabel(r.title, r.url);
        });
      })
      .catch(function () {
        return [];
      });
  }

  /* What the page fields suggest before anything is typed: [{label, bron}]. */
  function voorstellen() {
    var uit = [];
    function voeg(label, bron) {
      if (!uit.some(function (v) { return v.label === label; })) {
        uit.push({ label: label, bron: bron });
      }
    }
    Array.prototype.forEach.call(form.querySelectorAll('input[name^="thema_"]'), function (input) {
      var waarde = input.value.trim();
      if (!waarde) {
        return;
      }
      var sleutels = [waarde];
      var pijl = waarde.lastIndexOf(" > ");
      if (pijl >= 0) {
        sleutels.push(waarde.slice(0, pijl)); // the top theme's pages after the sub's
      }
      sleutels.forEach(function (sleutel) {
        (koppelingen[sleutel] || []).forEach(function (label) {
          voeg(label, "bij het thema");
        });
      });
    });
    omschrijvingTreffers.forEach(function (label) {
      voeg(label, "gevonden voor de omschrijving");
    });
    return uit;
  }

  var comboboxen = [];

  function Combobox(input) {
    var lijst = document.getElementById(input.getAttribute("list"));
    this.input = input;
    this.opties = Array.prototype.map.call(lijst.options, function (optie) {
      var label = optie.value;
      var n = norm(label);
      var pijl = n.lastIndexOf(" > ");
      return { label: label, norm: n, deel: pijl >= 0 ? n.slice(pijl + 3) : n };
    });
    // the native datalist popup would compete with ours
    input.removeAttribute("list");
    lijst.remove();

    this.listbox = document.createElement("ul");
    this.listbox.id = input.id + "-suggesties";
    this.listbox.className = "juridesk-suggesties";
    this.listbox.setAttribute("role", "listbox");
    var label = document.querySelector('label[for="' + input.id + '"]');
    if (label) {
      this.listbox.setAttribute("aria-label", "Suggesties voor " + label.textContent.trim());
    }
    this.listbox.hidden = true;
    input.insertAdjacentElement("afterend", this.listbox);
    input.parentElement.classList.add("juridesk-combobox");
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", this.listbox.id);
    this.treffers = [];
    this.actief = -1;
    this.pagina = input.dataset.pagina === "ja";
    this.zoekVoor = null; // the typed text the site search last answered
    this.zoekTreffers = [];

    var self = this;
    if (this.pagina) {
      input.addEventListener("focus", function () {
        if (!input.value) {
          self.filter();
        }
      });
    }
    input.addEventListener("input", function () {
      self.filter();
    });
    input.addEventListener("keydown", function (e) {
      self.toets(e);
    });
    input.addEventListener("blur", function () {
      self.sluit();
    });
    this.listbox.addEventListener("mousedown", function (e) {
      e.preventDefault(); // keep the focus in the field
    });
    this.listbox.addEventListener("click", function (e) {
      var li = e.target.closest("li[role=option]");
      if (li) {
        self.kies(Number(li.dataset.index));
      }
    });
  }

  Combobox.prototype.filter = function () {
    var q = norm(this.input.value);
    if (this.pagina) {
      this.filterPaginas(q);
      return;
    }
    if (!q) {
      this.sluit();
      return;
    }
    var via = viaSynoniemen(q);
    var gescoord = [];
    this.opties.forEach(function (optie, i) {
      var s = score(optie.norm, optie.deel, q, via);
      if (s >= 0) {
        gescoord.push([s, i, optie]);
      }
    });
    gescoord.sort(function (a, b) {
      return a[0] - b[0] || a[1] - b[1];
    });
    this.treffers = gescoord.slice(0, MAX).map(function (t) {
      return t[2];
    });
    if (
      !this.treffers.length ||
      (this.treffers.length === 1 && this.treffers[0].norm === q)
    ) {
      this.sluit();
      return;
    }
    this.toon(0);
  };

  /* The page fields: suggestions first, then the theme pages and the site search's hits
     for the typed text. Without typed text nothing is highlighted: Enter and Tab go on. */
  Combobox.prototype.filterPaginas = function (q) {
    var lijst = [];
    function voeg(label, bron) {
      if (!lijst.some(function (t) { return t.label === label; })) {
        lijst.push({ label: label, norm: norm(label), bron: bron });
      }
    }
    voorstellen().forEach(function (v) {
      if (!q || norm(v.label).indexOf(q) >= 0) {
        voeg(v.label, v.bron);
      }
    });
    if (q) {
      var gescoord = [];
      this.opties.forEach(function (optie, i) {
        var s = score(optie.norm, optie.deel, q, []);
        if (s >= 0) {
          gescoord.push([s, i, optie]);
        }
      });
      gescoord.sort(function (a, b) {
        return a[0] - b[0] || a[1] - b[1];
      });
      gescoord.forEach(function (t) {
        voeg(t[2].label, "");
      });
      if (this.zoekVoor === q) {
        this.zoekTreffers.forEach(function (label) {
          voeg(label, "zoekresultaat");
        });
      }
      this.zoekOp(q);
    }
    this.treffers = lijst.slice(0, MAX);
    if (!this.treffers.length || (this.treffers.length === 1 && this.treffers[0].norm === q)) {
      this.sluit();
      return;
    }
    this.toon(q ? 0 : -1);
  };

  Combobox.prototype.zoekOp = function (q) {
    var self = this;
    if (q.length < 3 || this.gevraagd === q) {
      return;
    }
    window.clearTimeout(this.wachten);
    this.wachten = window.setTimeout(function () {
      self.gevraagd = q;
      zoekPaginas(q, 8).then(function (labels) {
        self.zoekVoor = q;
        self.zoekTreffers = labels;
        if (document.activeElement === self.input && norm(self.input.value) === q) {
          self.filter();
        }
      });
    }, 250);
  };

  Combobox.prototype.toon = function (actief) {
    var self = this;
    this.listbox.textContent = "";
    this.treffers.forEach(function (optie, i) {
      var li = document.createElement("li");
      li.id = self.listbox.id + "-" + i;
      li.setAttribute("role", "option");
      li.dataset.index = String(i);
      li.textContent = optie.label;
      if (optie.bron) {
        var bron = document.createElement("span");
        bron.className = "juridesk-bron";
        bron.textContent = "(" + optie.bron + ")";
        li.appendChild(document.createTextNode(" "));
        li.appendChild(bron);
      }
      self.listbox.appendChild(li);
    });
    this.listbox.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
    if (actief >= 0) {
      this.markeer(actief);
    } else {
      this.actief = -1;
      this.input.removeAttribute("aria-activedescendant");
      Array.prototype.forEach.call(this.listbox.children, function (li) {
        li.setAttribute("aria-selected", "false");
      });
    }
  };

  Combobox.prototype.markeer = function (i) {
    var n = this.treffers.length;
    this.actief = ((i % n) + n) % n;
    var self = this;
    Array.prototype.forEach.call(this.listbox.children, function (li, j) {
      li.setAttribute("aria-selected", j === self.actief ? "true" : "false");
    });
    var li = this.listbox.children[this.actief];
    this.input.setAttribute("aria-activedescendant", li.id);
    li.scrollIntoView({ block: "nearest" });
  };

  Combobox.prototype.open = function () {
    return !this.listbox.hidden;
  };

  Combobox.prototype.sluit = function () {
    this.listbox.hidden = true;
    this.listbox.textContent = "";
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
    this.actief = -1;
  };

  Combobox.prototype.kies = function (i) {
    this.input.value = this.treffers[i].label;
    this.sluit();
    this.input.dispatchEvent(new Event("change", { bubbles: true }));
  };

  Combobox.prototype.toets = function (e) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      this.sluit();
      return; // the form saves
    }
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      var stap = e.key === "ArrowDown" ? 1 : -1;
      if (this.open() && this.actief >= 0) {
        this.markeer(this.actief + stap);
      } else {
        if (!this.open()) {
          this.filter();
        }
        if (this.open()) {
          this.markeer(stap > 0 ? 0 : -1);
        }
      }
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (this.open() && this.actief >= 0) {
        this.kies(this.actief);
      }
    } else if (e.key === "Escape" && this.open()) {
      e.preventDefault();
      e.stopPropagation();
      this.sluit();
    }
  };

  Array.prototype.forEach.call(form.querySelectorAll("input[list]"), function (input) {
    comboboxen.push(new Combobox(input));
  });

  form.addEventListener("keydown", function (e) {
    if (e.key !== "Enter" || e.defaultPrevented) {
      return;
    }
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      form.requestSubmit(document.getElementById("juridesk-opslaan"));
      return;
    }
    var doel = e.target;
    if (doel.tagName === "INPUT" && doel.type !== "submit" && doel.type !== "button") {
      e.preventDefault(); // an Enter in a field never saves
    }
  });

  /* The description's search: what the site finds for it becomes a page suggestion. */
  var beschrijving = form.querySelector('[name="beschrijving"]');
  var gezochteOmschrijving = "";
  function zoekOmschrijving() {
    var tekst = beschrijving.value.trim();
    if (tekst === gezochteOmschrijving) {
      return;
    }
    gezochteOmschrijving = tekst;
    zoekPaginas(tekst, 5).then(function (labels) {
      if (tekst === gezochteOmschrijving) {
        omschrijvingTreffers = labels;
        form.dataset.omschrijvingGezocht = tekst;
      }
    });
  }
  if (beschrijving) {
    var omschrijvingWacht;
    beschrijving.addEventListener("input", function () {
      window.clearTimeout(omschrijvingWacht);
      omschrijvingWacht = window.setTimeout(zoekOmschrijving, 600);
    });
    beschrijving.addEventListener("change", zoekOmschrijving);
    if (beschrijving.value.trim()) {
      zoekOmschrijving();
    }
  }

  var url = form.dataset.synoniemen;
  if (url && window.fetch) {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (antwoord) {
        return antwoord.ok ? antwoord.json() : { groepen: [] };
      })
      .then(function (data) {
        synoniemen = (data.groepen || []).map(function (groep) {
          return groep.map(norm).filter(Boolean);
        });
      })
      .catch(function () {})
      .then(function () {
        form.dataset.synoniemenGeladen = "ja";
        comboboxen.forEach(function (c) {
          if (document.activeElement === c.input && c.input.value) {
            c.filter();
          }
        });
      });
  } else {
    form.dataset.synoniemenGeladen = "ja";
  }
})();
