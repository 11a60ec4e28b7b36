import { mount } from 'svelte';
// In an app: import 'careers-widgets/define.js'; (here the sources, so the page needs no build)
import '../../../src/define.ts';
import JobBoard from './JobBoard.svelte';

const feed = await (await fetch(new URL('../../postings.json', import.meta.url))).json();
mount(JobBoard, { target: document.querySelector('#app'), props: { feed } });
