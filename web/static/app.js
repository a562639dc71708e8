// dondoc dashboard: loads server-rendered views into the page, with the
// Mini App's initData (Authorization: tma …) or the session cookie.
"use strict";
(function () {
  var initData = "";
  var csrf = "";
  var stack = [];
  var current = null;
  var view = document.getElementById("view");

  // text is the shell's wording for key (web/messages.go, data-msg-<key>).
  function text(key) {
    return document.body.getAttribute("data-msg-" + key) || "";
  }

  function hashParams() {
    var h = window.location.hash.replace(/^#/, "");
    return new URLSearchParams(h);
  }

  // Telegram puts the launch parameters in the address's fragment; its
  // script reads them too, but it may be slow or blocked, so read them here.
  function readLaunch() {
    var tg = window.Telegram && window.Telegram.WebApp;
    if (tg && tg.initData) {
      return tg.initData;
    }
    var p = hashParams();
    var d = p.get("tgWebAppData");
    if (d) {
      try { sessionStorage.setItem("dondoc_init", d); } catch (e) {}
      return d;
    }
    try { return sessionStorage.getItem("dondoc_init") || ""; } catch (e) { return ""; }
  }

  var themeVars = {
    bg_color: "--tg-theme-bg-color", text_color: "--tg-theme-text-color", hint_color: "--tg-theme-hint-color",
    link_color: "--tg-theme-link-color", button_color: "--tg-theme-button-color", button_text_color: "--tg-theme-button-text-color",
    secondary_bg_color: "--tg-theme-secondary-bg-color", section_bg_color: "--tg-theme-section-bg-color",
    destructive_text_color: "--tg-theme-destructive-text-color", accent_text_color: "--tg-theme-accent-text-color"
  };

  function applyTheme(params) {
    if (!params) { return; }
    var root = document.documentElement.style;
    Object.keys(themeVars).forEach(function (k) {
      if (params[k]) { root.setProperty(themeVars[k], params[k]); }
    });
    document.documentElement.classList.add("tg");
  }

  function readTheme() {
    var tg = window.Telegram && window.Telegram.WebApp;
    if (tg && tg.themeParams && Object.keys(tg.themeParams).length) { return tg.themeParams; }
    var t = hashParams().get("tgWebAppThemeParams");
    if (!t) { return null; }
    try { return JSON.parse(t); } catch (e) { return null; }
  }

  function headers(extra) {
    var h = extra || {};
    if (initData) { h["Authorization"] = "tma " + initData; }
    return h;
  }

  function toast(msg, bad) {
    var t = document.getElementById("toast");
    t.textContent = msg;
    t.className = "toast" + (bad ? " bad" : "");
    t.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(function () { t.hidden = true; }, 4000);
  }

  // loads counts the views asked for: only the answer to the latest one is
  // shown, so a slow refresh (after an action) never covers a view the
  // person opened since.
  var loads = 0;

  function load(name, query, push) {
    if (push && current) { stack.push(current); }
    current = { name: name, query: query || "" };
    var ticket = ++loads;
    view.classList.add("busy");
    return fetch("/p/" + name + (query ? "?" + query : ""), { headers: headers(), credentials: "same-origin" })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        if (ticket !== loads) { return; }
        view.innerHTML = html;
        view.classList.remove("busy");
        document.querySelectorAll(".tab").forEach(function (a) {
          a.classList.toggle("on", a.getAttribute("data-go") === name ||
            (name === "task" && a.getAttribute("data-go") === "tasks") || (name === "meeting" && a.getAttribute("data-go") === "meetings"));
        });
        view.setAttribute("data-view", name);
        window.scrollTo(0, 0);
        var tg = window.Telegram && window.Telegram.WebApp;
        if (tg && tg.BackButton) { stack.length ? tg.BackButton.show() : tg.BackButton.hide(); }
      })
      .catch(function () {
        if (ticket !== loads) { return; }
        view.classList.remove("busy");
        toast(text("load-failed"), true);
      });
  }

  function back() {
    var prev = stack.pop();
    if (prev) { current = null; load(prev.name, prev.query, false); }
    else { load("overview", "", false); }
  }

  function formQuery(form) {
    var p = new URLSearchParams();
    new FormData(form).forEach(function (v, k) { if (v !== "") { p.append(k, v); } });
    return p.toString();
  }

  function post(url, body) {
    return fetch(url, {
      method: "POST", credentials: "same-origin",
      headers: headers({ "Content-Type": "application/json", "X-CSRF-Token": csrf }),
      body: JSON.stringify(body || {})
    }).then(function (r) {
      return r.json().then(function (j) {
        if (!r.ok) { throw new Error(j.error || text("failed") + " " + r.status); }
        return j;
      });
    }).then(function (j) {
      toast(j.message || text("done"));
      if (current) { load(current.name, current.query, false); }
    }).catch(function (e) { toast(e.message, true); });
  }

  function actionBody(form) {
    var b = { reason: "", leads: [], coords: [] };
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name) { return; }
      if (el.name === "leads" || el.name === "coords") {
        Array.prototype.forEach.call(el.selectedOptions, function (o) { b[el.name].push(parseInt(o.value, 10)); });
      } else if (el.name === "reason") {
        b.reason = el.value;
      }
    });
    return b;
  }

  document.addEventListener("click", function (e) {
    var el = e.target.closest("[data-go],[data-back],[data-post],[data-download]");
    if (!el) { return; }
    e.preventDefault();
    if (el.hasAttribute("data-back")) { back(); return; }
    if (el.hasAttribute("data-post")) { el.disabled = true; post(el.getAttribute("data-post")); return; }
    if (el.hasAttribute("data-download")) { download(el.getAttribute("data-download"), el.getAttribute("data-name")); return; }
    var q = el.getAttribute("data-q") || "";
    if (el.hasAttribute("data-keep") && current) {
      var p = new URLSearchParams(current.query);
      p.set("page", el.getAttribute("data-page"));
      q = p.toString();
    }
    var isTab = el.classList.contains("tab");
    if (isTab) { stack = []; document.getElementById("toast").hidden = true; }
    load(el.getAttribute("data-go"), q, !isTab);
  });

  document.addEventListener("submit", function (e) {
    var f = e.target;
    if (f.hasAttribute("data-view")) {
      e.preventDefault();
      load(f.getAttribute("data-view"), formQuery(f), false);
    } else if (f.hasAttribute("data-action")) {
      e.preventDefault();
      post(f.getAttribute("data-action"), actionBody(f));
    }
  });

  function download(url, name) {
    // Telegram's apps (Bot API 8.0) download a file themselves, from a
    // short-lived link that needs no credentials.
    var tg = window.Telegram && window.Telegram.WebApp;
    if (initData && tg && tg.downloadFile && tg.isVersionAtLeast && tg.isVersionAtLeast("8.0") && url.indexOf("/report.xlsx") > 0) {
      fetch(url.replace("/report.xlsx", "/link"), { headers: headers(), credentials: "same-origin" })
        .then(function (r) { return r.json().then(function (j) { if (!r.ok) { throw new Error(j.error); } return j; }); })
        .then(function (j) { tg.downloadFile({ url: window.location.origin + j.url, file_name: j.name }); })
        .catch(function (e) { toast(e.message, true); });
      return;
    }
    fetch(url, { headers: headers(), credentials: "same-origin" }).then(function (r) {
      if (!r.ok) { throw new Error(text("no-file")); }
      return r.blob();
    }).then(function (blob) {
      var a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = name || "baocao.xlsx";
      document.body.appendChild(a);
      a.click();
      setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    }).catch(function (e) { toast(e.message, true); });
  }

  function start() {
    initData = readLaunch();
    applyTheme(readTheme());
    var tg = window.Telegram && window.Telegram.WebApp;
    if (tg) {
      tg.ready && tg.ready();
      tg.expand && tg.expand();
      tg.BackButton && tg.BackButton.onClick(back);
      tg.onEvent && tg.onEvent("themeChanged", function () { applyTheme(tg.themeParams); });
    }
    fetch("/api/me", { headers: headers(), credentials: "same-origin" })
      .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, j: j }; }); })
      .then(function (res) {
        if (!res.ok) {
          view.innerHTML = "";
          var s = document.createElement("section");
          s.className = "card problem";
          s.textContent = res.j.error;
          view.appendChild(s);
          return;
        }
        csrf = res.j.csrf;
        document.getElementById("who").textContent = res.j.org + " · " + res.j.name + " (" + res.j.role + ")";
        document.getElementById("tabs").hidden = false;
        if (res.j.sees_all) { document.querySelectorAll("[data-leaders]").forEach(function (a) { a.hidden = false; }); }
        load("overview", "", false);
      })
      .catch(function () { toast(text("offline"), true); });
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
  window.addEventListener("load", function () {
    var tg = window.Telegram && window.Telegram.WebApp;
    if (tg) { applyTheme(tg.themeParams); }
  });
})();
