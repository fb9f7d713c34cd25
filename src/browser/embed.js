/*
 * After the Mountains (搬出大山之后): keeps embedded charts the height of their content.
 * Add once per page after the iframes: <script src=".../embed.js" async></script>
 * It listens only to messages from this site's origin, sent by the windows of this site's
 * embed iframes, and reads nothing from them but a height.
 */
(function () {
  var script = document.currentScript;
  if (!script || window.__qxnEmbed) return;
  window.__qxnEmbed = true;
  var root = new URL(".", script.src).href;
  var origin = new URL(root).origin;

  function ours(frame) {
    var src = frame.src || "";
    if (src.indexOf(root) !== 0) return false;
    return /^(en\/)?embed\/[a-z0-9-]+\/?([?#]|$)/.test(src.slice(root.length));
  }

  function heightOf(data) {
    if (!data || typeof data !== "object") return NaN;
    if (data.sentinel === "amp" && data.type === "embed-size") return Number(data.height);
    var dw = data["datawrapper-height"];
    if (dw && typeof dw === "object") for (var key in dw) return Number(dw[key]);
    return NaN;
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var height = heightOf(event.data);
    if (!(height > 0 && height < 100000)) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow === event.source && ours(frame)) {
        frame.style.height = Math.ceil(height) + "px";
        return;
      }
    }
  });

  function ask() {
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (ours(frames[i]) && frames[i].contentWindow)
        frames[i].contentWindow.postMessage({ type: "embed-size-request" }, origin);
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ask);
  else ask();
})();
