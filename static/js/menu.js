// The main menu folds behind a button on narrow screens (CSS decides when). Without this script
// the button stays hidden and the menu is shown whole.
const menu = document.querySelector(".main-menu");
const toggle = menu && menu.querySelector(".main-menu__toggle");
if (toggle) {
  menu.classList.add("main-menu--foldable");
  toggle.hidden = false;
  toggle.addEventListener("click", () => {
    toggle.setAttribute("aria-expanded", String(toggle.getAttribute("aria-expanded") !== "true"));
  });
}
