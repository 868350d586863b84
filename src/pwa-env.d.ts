// Types of the "virtual:pwa-register" module that vite-plugin-pwa serves (src/main.tsx imports it lazily).
/// <reference types="vite-plugin-pwa/vanillajs" />
