/// The script `serve` adds to each HTML page it sends (never to the built
/// site): it listens on the reload channel, reloads the page after each
/// successful rebuild at the same scroll position (kept in sessionStorage),
/// shows a rebuild's lint errors in a banner until a rebuild succeeds, and
/// reconnects when the channel drops (reloading then: the server may have
/// been restarted with new pages).
enum ReloadScript {
    static let source = #"""
    (function () {
      "use strict";
      var key = "coursebuild-scroll:" + location.pathname;
      var saved = sessionStorage.getItem(key);
      if (saved !== null) {
        sessionStorage.removeItem(key);
        var at = JSON.parse(saved);
        var restore = function () { window.scrollTo(at[0], at[1]); };
        if (document.readyState === "complete") restore(); else window.addEventListener("load", restore);
      }
      function reload() {
        sessionStorage.setItem(key, JSON.stringify([window.scrollX, window.scrollY]));
        location.reload();
      }
      function banner(text) {
        var box = document.getElementById("coursebuild-errors");
        if (!box) {
          box = document.createElement("div");
          box.id = "coursebuild-errors";
          box.setAttribute("role", "alert");
          box.style.cssText = "position:fixed;left:0;right:0;bottom:0;z-index:2147483647;max-height:50vh;overflow:auto;" +
            "margin:0;padding:0.75em 1em;background:#fff4f4;color:#5c0000;border-top:3px solid #b00020;" +
            "font:13px/1.4 ui-monospace,Menlo,Consolas,monospace;box-shadow:0 -2px 8px rgba(0,0,0,.2)";
          var title = document.createElement("strong");
          title.textContent = "Not rebuilt: lint found errors. This page is the last good build; fix and save to reload.";
          var pre = document.createElement("pre");
          pre.style.cssText = "margin:0.5em 0 0;white-space:pre-wrap";
          box.appendChild(title);
          box.appendChild(pre);
          document.body.appendChild(box);
        }
        box.lastChild.textContent = text;
      }
      var delay = 250, connected = false;
      function connect() {
        var socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/_coursebuild/reload");
        socket.onopen = function () {
          if (connected === null) { reload(); return; }
          connected = true;
          delay = 250;
        };
        socket.onmessage = function (event) {
          var message = JSON.parse(event.data);
          if (message.type === "reload") reload();
          else if (message.type === "errors") banner(message.text);
        };
        socket.onclose = function () {
          if (connected) connected = null;
          setTimeout(connect, delay);
          delay = Math.min(delay * 2, 4000);
        };
      }
      connect();
    })();

    """#
}
