import { expect } from '@open-wc/testing';
import { createApp, h, nextTick, shallowRef } from 'vue';
import '../../src/define.js';
import JobBoard from '../../demo/frameworks/vue/JobBoard.vue';
import { FIRST, SECOND, checkExamplePage, checkMountedBoard } from './shared.js';

describe('Vue 3 recipe (demo/frameworks/vue/JobBoard.vue)', () => {
  it('passes the feed with :feed.prop, re-renders with a new one, and handles the events with @job-…', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const feed = shallowRef(FIRST);
    const app = createApp({ render: () => h(JobBoard, { feed: feed.value }) });
    // "Failed to resolve component: job-list" here would mean the compiler was not told about the custom elements.
    const warnings: string[] = [];
    app.config.warnHandler = (message) => warnings.push(message);
    try {
      app.mount(host);
      await checkMountedBoard(host, async () => {
        feed.value = SECOND;
        await nextTick();
      });
      expect(warnings).to.deep.equal([]);
    } finally {
      app.unmount();
      host.remove();
    }
  });

  it('runs as the example page demo/frameworks/vue.html', async function () {
    this.timeout(20000);
    await checkExamplePage('/demo/frameworks/vue.html');
  });
});
