// Suggestions as one types in a search box (input[data-suggestions]): the ARIA 1.2 combobox pattern
// with a listbox popup. Without this script the box is a plain search field.
const DELAY_MS = 150;
const MIN_LENGTH = 2;

function enhance(input) {
  const listbox = document.createElement("ul");
  const status = document.createElement("div");
  listbox.id = `${input.id}-suggestions`;
  listbox.className = "suggestions";
  listbox.setAttribute("role", "listbox");
  listbox.setAttribute("aria-label", input.dataset.suggestionsLabel);
  listbox.hidden = true;
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  input.parentElement.classList.add("has-suggestions");
  input.after(listbox, status);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listbox.id);
  input.autocomplete = "off";

  let timer = null;
  let request = null;
  let active = -1;

  const options = () => Array.from(listbox.children);

  function close() {
    listbox.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function activate(index) {
    const all = options();
    if (!all.length) return;
    active = (index + all.length) % all.length;
    all.forEach((option, position) => option.setAttribute("aria-selected", String(position === active)));
    input.setAttribute("aria-activedescendant", all[active].id);
    all[active].scrollIntoView({ block: "nearest" });
  }

  function show(data) {
    listbox.replaceChildren(
      ...data.suggestions.map((suggestion, position) => {
        const option = document.createElement("li");
        option.id = `${listbox.id}-${position}`;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.url = suggestion.url;
        const title = document.createElement("span");
        title.textContent = suggestion.title;
        title.lang = suggestion.language;
        option.append(title);
        if (suggestion.badge) {
          const badge = document.createElement("span");
          badge.className = "badge";
          badge.textContent = suggestion.badge;
          option.append(" ", badge);
        }
        option.addEventListener("mousedown", (event) => event.preventDefault()); // keep the focus
        option.addEventListener("click", () => window.location.assign(suggestion.url));
        return option;
      }),
    );
    status.textContent = data.status;
    active = -1;
    input.removeAttribute("aria-activedescendant");
    const open = data.suggestions.length > 0;
    listbox.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
  }

  function fetchSuggestions() {
    const query = input.value.trim();
    if (request) request.abort();
    if (query.length < MIN_LENGTH) {
      close();
      return;
    }
    request = new AbortController();
    fetch(`${input.dataset.suggestions}?${new URLSearchParams({ q: query })}`, { signal: request.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((data) => data && input.value.trim() === query && show(data)) // not an answer to older typing
      .catch(() => {}); // aborted by the next keystroke, or offline: the form still works
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, DELAY_MS);
  });
  input.addEventListener("keydown", (event) => {
    const open = !listbox.hidden;
    if (event.key === "ArrowDown" && open) {
      event.preventDefault();
      activate(active + 1);
    } else if (event.key === "ArrowUp" && open) {
      event.preventDefault();
      activate(active - 1);
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault();
      window.location.assign(options()[active].dataset.url);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener("blur", close);
}

document.querySelectorAll("input[data-suggestions]").forEach(enhance);
