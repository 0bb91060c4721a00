/**
 * The few browser globals that code passed to `page.evaluate` uses. The project compiles without the DOM library
 * (it is server code), so functions that run in the page cast `globalThis` to this type. Only types: nothing
 * here exists at run time, which matters because Playwright sends the function's source text to the browser.
 */
export type InPage = {
  document: {
    fonts: Iterable<{ family: string; status: string; weight: string; unicodeRange: string }> & {
      ready: Promise<unknown>;
      check: (font: string, text?: string) => boolean;
    };
    body: object;
    activeElement: { id: string } | null;
  };
  getComputedStyle: (element: object) => { fontFamily: string };
};
