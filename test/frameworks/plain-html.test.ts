import { checkExamplePage } from './shared.js';

describe('plain HTML recipe (demo/frameworks/plain.html, the script tag)', () => {
  it('sets the feed as a property and handles the events with addEventListener', async function () {
    this.timeout(20000);
    await checkExamplePage('/demo/frameworks/plain.html');
  });
});
