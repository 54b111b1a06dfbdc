// The dashboard's HTML shell: a strict Content-Security-Policy (no remote anything, scripts only
// with this page's nonce, styles only from media/), and the script and styles from media/.
import * as vscode from 'vscode';

export function dashboardHtml(webview: vscode.Webview, media: vscode.Uri): string {
  // Web Crypto: there in Node's extension host and in the web worker alike.
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));
  const src = webview.cspSource;
  const csp = [
    "default-src 'none'",
    `img-src ${src} data:`,
    `style-src ${src}`,
    `font-src ${src}`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'dashboard.css'));
  const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'dashboard.js'));
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="stylesheet" href="${style.toString()}">
  <title>Handoff Dashboard</title>
</head>
<body>
  <main id="app" aria-live="polite"><p class="muted">Measuring handoffs…</p></main>
  <script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}
