/** How a material's video is shown: a local file plays in <video>, a page of an allowed video service becomes a click-to-load player, anything else stays a link. */

/** Player hosts embedded when the settings name none: RuTube, VK Video and YouTube's no-cookie player. */
export const DEFAULT_VIDEO_HOSTS = ['rutube.ru', 'vk.com', 'vkvideo.ru', 'www.youtube-nocookie.com'] as const;

/** A host name as the settings hold it: lower case, no scheme, no path, no port. */
export const HOST_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

const VIDEO_FILE_TYPES: Record<string, string> = { mp4: 'video/mp4', m4v: 'video/mp4', webm: 'video/webm', ogv: 'video/ogg' };

export type VideoView =
  /** A file of the site itself, played by the browser's own <video> element. */
  | { kind: 'file'; src: string; type: string }
  /** A video service's page whose player may be embedded after the reader's click. */
  | { kind: 'embed'; page: string; embed: string; host: string }
  /** Any other address: a plain link. */
  | { kind: 'link'; page: string; host: string };

/** A local video file under /uploads/, with its MIME type; undefined for anything else. */
export function localVideo(url: string): { src: string; type: string } | undefined {
  const m = /^\/uploads\/[^\s?#]+\.([a-z0-9]+)$/i.exec(url);
  const type = m && VIDEO_FILE_TYPES[m[1].toLowerCase()];
  return type ? { src: url, type } : undefined;
}

function parse(url: string): URL | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : undefined;
  } catch { return undefined; }
}

/** Seconds from a YouTube start time: «90», «90s», «1m30s», «1h2m3s». */
function seconds(t: string | null): number | undefined {
  if (!t) return undefined;
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(t);
  if (!m || !m[0]) return undefined;
  const s = Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  return s > 0 ? s : undefined;
}

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const RUTUBE_ID = /^[0-9a-f]{32}$/i;

function youtube(u: URL, host: string): string | undefined {
  let id: string | null | undefined;
  if (host === 'youtu.be') id = u.pathname.split('/')[1];
  else if (['youtube.com', 'm.youtube.com', 'music.youtube.com', 'youtube-nocookie.com'].includes(host)) {
    const [, first, second] = u.pathname.split('/');
    id = first === 'watch' ? u.searchParams.get('v') : ['embed', 'shorts', 'live', 'v'].includes(first) ? second : undefined;
  }
  if (!id || !YOUTUBE_ID.test(id)) return undefined;
  const start = seconds(u.searchParams.get('t') ?? u.searchParams.get('start'));
  return `https://www.youtube-nocookie.com/embed/${id}${start ? `?start=${start}` : ''}`;
}

function rutube(u: URL): string | undefined {
  const parts = u.pathname.split('/').filter(Boolean);
  // /video/<id>/, /video/private/<id>/?p=<key>, /shorts/<id>/, /play/embed/<id>
  const id = parts.find((p) => RUTUBE_ID.test(p));
  if (!id || !['video', 'shorts', 'play'].includes(parts[0])) return undefined;
  const key = u.searchParams.get('p');
  return `https://rutube.ru/play/embed/${id.toLowerCase()}/${key && /^[\w-]+$/.test(key) ? `?p=${key}` : ''}`;
}

function vk(u: URL, host: string): string | undefined {
  const player = host === 'vkvideo.ru' ? 'vkvideo.ru' : 'vk.com';
  let oid: string | null | undefined;
  let id: string | null | undefined;
  let hash: string | null | undefined;
  if (u.pathname === '/video_ext.php') {
    oid = u.searchParams.get('oid');
    id = u.searchParams.get('id');
    hash = u.searchParams.get('hash');
  } else {
    // /video-123_456, /clip-123_456, or a page with ?z=video-123_456 (a video opened over a wall or an album).
    const m = /^(?:video|clip)(-?\d+)_(\d+)/.exec(u.pathname.slice(1)) ?? /^(?:video|clip)(-?\d+)_(\d+)/.exec(u.searchParams.get('z') ?? '');
    if (m) [, oid, id] = m;
  }
  if (!oid || !id || !/^-?\d+$/.test(oid) || !/^\d+$/.test(id)) return undefined;
  return `https://${player}/video_ext.php?oid=${oid}&id=${id}${hash && /^\w+$/.test(hash) ? `&hash=${hash}` : ''}`;
}

/** The player address for a video page of RuTube, VK Video or YouTube; undefined when the address is not one of theirs. */
export function embedUrl(url: string): string | undefined {
  const u = parse(url);
  if (!u) return undefined;
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  if (host === 'rutube.ru') return rutube(u);
  if (['vk.com', 'm.vk.com', 'vk.ru', 'm.vk.ru', 'vkvideo.ru', 'm.vkvideo.ru'].includes(host)) return vk(u, host.replace(/^m\./, ''));
  return youtube(u, host);
}

/** How to show one video address, given the player hosts the settings allow. */
export function videoView(url: string, allowedHosts: readonly string[]): VideoView {
  const file = localVideo(url);
  if (file) return { kind: 'file', ...file };
  const u = parse(url);
  const host = u ? u.hostname.replace(/^www\./, '') : url;
  const embed = embedUrl(url);
  if (embed && allowedHosts.includes(new URL(embed).hostname)) return { kind: 'embed', page: url, embed, host };
  return { kind: 'link', page: url, host };
}

/** CSP frame-src sources for the allowed player hosts: exactly those hosts over HTTPS, or 'none'. */
export function frameSources(hosts: readonly string[]): string[] {
  const valid = [...new Set(hosts.filter((h) => HOST_NAME.test(h)))];
  return valid.length ? valid.map((h) => `https://${h}`) : ["'none'"];
}
