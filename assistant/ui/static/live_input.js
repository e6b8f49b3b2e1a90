// Make the Streamlit text input labelled data.label search as the user types (commit after a short pause).
export default function (component) {
  const { data } = component;
  let timer = null;
  let bound = null;

  function bind() {
    const input = document.querySelector(`input[aria-label="${data.label}"]`);
    if (!input || input === bound) return;
    bound = input;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", code: "Enter", keyCode: 13, bubbles: true }));
      }, data.delay);
    });
  }

  bind();
  const observer = new MutationObserver(bind);
  observer.observe(document.body, { childList: true, subtree: true });
  return () => observer.disconnect();
}
