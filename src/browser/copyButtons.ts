/**
 * Copy buttons: each `button[data-copy]` copies the text of the element whose id it names.
 * The buttons are rendered `hidden` and revealed here, so readers without JavaScript see only
 * plain, selectable text.
 */
function setup(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
    const target = document.getElementById(button.dataset.copy ?? "");
    if (!target || !navigator.clipboard) continue;
    button.hidden = false;
    const label = button.textContent ?? "";
    button.addEventListener("click", () => {
      void navigator.clipboard.writeText(target.textContent ?? "").then(() => {
        button.textContent = button.dataset.copied ?? label;
        setTimeout(() => (button.textContent = label), 2000);
      });
    });
  }
}

setup();
