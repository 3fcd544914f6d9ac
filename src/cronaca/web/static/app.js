// cronaca: a little progressive enhancement. Never builds HTML from data (no innerHTML).
"use strict";

// Show or hide one kind of highlight in the article text.
function bindLayerToggles() {
  const text = document.getElementById("article-text");
  if (!text) return;
  for (const box of document.querySelectorAll("#layers input[data-layer]")) {
    box.addEventListener("change", () => text.classList.toggle("off-" + box.dataset.layer, !box.checked));
  }
}

// Following a link to a fact (#ev-..., #quote-...) moves keyboard focus there, not just the view.
function focusTarget() {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  const target = document.getElementById(id);
  if (target && target.hasAttribute("tabindex")) target.focus({ preventScroll: false });
}

document.addEventListener("DOMContentLoaded", () => {
  bindLayerToggles();
  focusTarget();
  window.addEventListener("hashchange", focusTarget);
});
