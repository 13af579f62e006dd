import { mount } from 'svelte';
import App from './ui/App.svelte';
import { beforeFirstView } from './ui/startup.ts';
import './ui/global.css';

await beforeFirstView();
mount(App, { target: document.getElementById('app')! });
