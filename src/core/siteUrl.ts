/**
 * Where `npm start` serves the site, and the origin of a build made without `SITE_URL`. Its own
 * module, free of `import.meta.env`, so that astro.config.mjs can read it before Vite runs.
 */
export const defaultSiteUrl = "http://localhost:4321";
