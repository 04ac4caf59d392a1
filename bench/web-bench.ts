// Filled in with the web app: page timings and Cytoscape frame times in headless Chromium.
export interface WebResult {
  markdown: string;
}

export async function benchWeb(_options: { quick: boolean }): Promise<WebResult> {
  return { markdown: 'Not measured yet.' };
}
