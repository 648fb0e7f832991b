// The upload form's file control in the page's own words. A browser draws its file input in the browser's
// language ("Choose File", "No file chosen", which screen readers read out too), whatever the page's lang
// says; so the native input stays hidden and only holds the file, a button opens it, a line names the
// chosen file, and a file dropped on the control counts as chosen (as it did on the native input).

import { byId } from './ui.js';

export function wireFilePicker() {
  const input = byId('upload-file');
  const name = byId('upload-file-name');
  const none = name.textContent; // 尚未選擇檔案, as the page says it
  const show = () => {
    name.textContent = input.files[0]?.name ?? none;
  };

  byId('upload-file-choose').addEventListener('click', () => input.click());
  input.addEventListener('change', show);
  // Resetting the form empties the input without a change event, and only after the reset event.
  input.form.addEventListener('reset', () => setTimeout(show, 0));

  const picker = byId('upload-file-picker');
  picker.addEventListener('dragover', (event) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault(); // lets the file be dropped here instead of the browser opening it
    event.dataTransfer.dropEffect = 'copy';
  });
  picker.addEventListener('drop', (event) => {
    if (event.dataTransfer.files.length === 0) return;
    event.preventDefault();
    input.files = event.dataTransfer.files;
    show();
  });
}
