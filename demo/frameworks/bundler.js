/**
 * The bundler recipe (README "Frameworks"): the package imported by its name, as an app's bundler resolves it
 * (here Vite, or the test runner's resolver in test/frameworks/bundler.test.ts). Within this repository the name
 * resolves to the package itself, so `npm run build` must have written dist/.
 */
import 'careers-widgets/define.js';

const list = document.querySelector('job-list');
const status = document.querySelector('[role="status"]');
list.addEventListener('job-filter-change', (event) => {
  const { query } = event.detail.filters;
  status.textContent = query && `Searching for “${query}”`;
});
list.addEventListener('job-apply', (event) => {
  status.textContent = `Applying for ${event.detail.posting.title}`;
});
list.feed = await (await fetch(new URL('../postings.json', import.meta.url))).json();
