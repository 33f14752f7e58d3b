import { publicApi } from '@/lib/api';

/** Suggestions for the header's combobox; the browser never talks to the gateway itself. */
export async function GET(request: Request) {
  const q = new URL(request.url).searchParams.get('q')?.trim().slice(0, 100) ?? '';
  if (q.length < 2) return Response.json({ data: [] });
  try {
    const { data } = await (await publicApi()).suggest(q);
    return Response.json(
      { data: data.map(({ id, name, slug }) => ({ id, name, slug })) },
      { headers: { 'cache-control': 'public, max-age=30' } },
    );
  } catch {
    return Response.json({ data: [] }, { status: 502 });
  }
}
