// Copy the draft as rich text (text/html + text/plain) so that Word and WPS keep its layout.
export default function (component) {
  const { data, parentElement } = component;
  const button = parentElement.querySelector("button");
  const status = parentElement.querySelector(".status");
  button.textContent = data.label;

  function copyWithEvent() {
    const onCopy = (event) => {
      event.clipboardData.setData("text/html", data.html);
      event.clipboardData.setData("text/plain", data.text);
      event.preventDefault();
    };
    document.addEventListener("copy", onCopy);
    try {
      return document.execCommand("copy");
    } finally {
      document.removeEventListener("copy", onCopy);
    }
  }

  async function copy() {
    try {
      const item = new ClipboardItem({
        "text/html": new Blob([data.html], { type: "text/html" }),
        "text/plain": new Blob([data.text], { type: "text/plain" }),
      });
      await navigator.clipboard.write([item]);
      return true;
    } catch (error) {
      return copyWithEvent();
    }
  }

  button.onclick = async () => {
    const ok = await copy();
    status.textContent = ok ? data.done : data.failed;
  };
}
