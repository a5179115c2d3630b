// Shared by the scenarios in other browser engines: serves the release build (dist/)
// from a sub-folder with the strict CSP, and names what the scenarios look for.
import { startStaticServer } from "../../scripts/static-server.mjs";

export const FOLDER = "/intranet/best-value/";
export const ASSESSMENT = "Engine check 2026";
/** Each scenario step must finish well inside this, as the Playwright tests do. */
export const TEST_TIMEOUT_MS = 30_000;

/** Serves dist/ on a free port; resolves to `{ url, stop() }`. */
export async function serveApp() {
  const server = await startStaticServer({ mounts: [{ base: FOLDER, root: "dist" }] });
  return { url: server.url(), stop: () => server.close() };
}

/** XPath of the "Well established" rating of the first question on a section page. */
export const FIRST_RATING_LABEL =
  "(//section[contains(@class, 'question-card')])[1]//label[contains(., 'Well established')]";

/** In the page: whether that rating is checked. */
export const firstRatingChecked = () => {
  const label = document.evaluate(
    "(//section[contains(@class, 'question-card')])[1]//label[contains(., 'Well established')]",
    document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null,
  ).singleNodeValue;
  return document.getElementById(label.htmlFor).checked;
};
