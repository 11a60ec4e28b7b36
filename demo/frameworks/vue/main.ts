import { createApp } from 'vue';
// In an app: import 'careers-widgets/define.js'; (here the sources, so the page needs no build)
import '../../../src/define.ts';
import JobBoard from './JobBoard.vue';

const feed = await (await fetch(new URL('../../postings.json', import.meta.url))).json();
createApp(JobBoard, { feed }).mount('#app');
