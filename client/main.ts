// The explorer's entry point. For now it reports whether the API and Neo4j are ready.
const statusLine = document.querySelector<HTMLElement>('#status')!;

async function showReadiness(): Promise<void> {
  try {
    const response = await fetch('/api/ready');
    const body = (await response.json()) as { status?: string; error?: { message: string } };
    statusLine.textContent = response.ok ? 'Ready' : `Not ready: ${body.error?.message ?? response.statusText}`;
  } catch {
    statusLine.textContent = 'The API is unreachable.';
  }
}

void showReadiness();
