// The public origin the web app is served at: canonical URLs, OpenGraph, sitemap.xml.
export const SITE_URL = (process.env.SITE_URL ?? "http://127.0.0.1:3000").replace(/\/$/, "");
export const SITE_NAME = "HumanLink";
export const SITE_DESCRIPTION =
  "Meet real people for real conversations. Get matched with friends who fit you, book a text, voice or video chat, and talk.";
