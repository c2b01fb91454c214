import { describe, expect, it } from 'vitest';
import { DEFAULT_VIDEO_HOSTS, embedUrl, frameSources, localVideo, videoView } from '../../src/lib/video.ts';

const RT = '8f2a4c1e9b7d4e3fa6c5b2d1e0f9a8b7';

describe('video player addresses', () => {
  it('turns RuTube pages (ordinary, private, shorts, already a player) into the RuTube player', () => {
    expect(embedUrl(`https://rutube.ru/video/${RT}/`)).toBe(`https://rutube.ru/play/embed/${RT}/`);
    expect(embedUrl(`https://rutube.ru/video/${RT}/?r=wd`)).toBe(`https://rutube.ru/play/embed/${RT}/`);
    expect(embedUrl(`https://rutube.ru/video/private/${RT}/?p=AbC-12_x`)).toBe(`https://rutube.ru/play/embed/${RT}/?p=AbC-12_x`);
    expect(embedUrl(`https://rutube.ru/shorts/${RT}/`)).toBe(`https://rutube.ru/play/embed/${RT}/`);
    expect(embedUrl(`https://rutube.ru/play/embed/${RT}`)).toBe(`https://rutube.ru/play/embed/${RT}/`);
    expect(embedUrl('https://rutube.ru/channel/123456/')).toBeUndefined();
  });

  it('turns VK Video pages into the VK player on the same service', () => {
    expect(embedUrl('https://vk.com/video-12345_456239017')).toBe('https://vk.com/video_ext.php?oid=-12345&id=456239017');
    expect(embedUrl('https://m.vk.com/video12345_67')).toBe('https://vk.com/video_ext.php?oid=12345&id=67');
    expect(embedUrl('https://vkvideo.ru/video-12345_456239017')).toBe('https://vkvideo.ru/video_ext.php?oid=-12345&id=456239017');
    expect(embedUrl('https://vk.com/wall-1_2?z=video-12345_67%2Fpl_wall')).toBe('https://vk.com/video_ext.php?oid=-12345&id=67');
    expect(embedUrl('https://vk.com/video_ext.php?oid=-1&id=2&hash=abc123')).toBe('https://vk.com/video_ext.php?oid=-1&id=2&hash=abc123');
    expect(embedUrl('https://vk.com/club12345')).toBeUndefined();
  });

  it('turns every form of a YouTube address into the no-cookie player, keeping the start time', () => {
    const player = 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ';
    expect(embedUrl('https://www.youtube.com/watch?v=dQw4w9WgXcQ')).toBe(player);
    expect(embedUrl('https://youtu.be/dQw4w9WgXcQ?t=90')).toBe(`${player}?start=90`);
    expect(embedUrl('https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s')).toBe(`${player}?start=90`);
    expect(embedUrl('https://www.youtube.com/shorts/dQw4w9WgXcQ')).toBe(player);
    expect(embedUrl('https://www.youtube.com/embed/dQw4w9WgXcQ')).toBe(player);
    expect(embedUrl('https://www.youtube.com/watch?v=short')).toBeUndefined();
  });

  it('gives nothing for other sites or malformed addresses', () => {
    expect(embedUrl('https://example.ru/video/seminar')).toBeUndefined();
    expect(embedUrl('javascript:alert(1)')).toBeUndefined();
    expect(embedUrl('not a url')).toBeUndefined();
    expect(embedUrl('https://rutube.ru.evil.example/video/' + RT)).toBeUndefined();
  });
});

describe('how a video is shown', () => {
  const hosts = [...DEFAULT_VIDEO_HOSTS];

  it('plays a site file under /uploads/ in the browser, with its type', () => {
    expect(videoView('/uploads/materials/urok.mp4', hosts)).toEqual({ kind: 'file', src: '/uploads/materials/urok.mp4', type: 'video/mp4' });
    expect(localVideo('/uploads/materials/urok.WEBM')?.type).toBe('video/webm');
    expect(localVideo('/uploads/materials/plan.pdf')).toBeUndefined();
    expect(localVideo('/elsewhere/urok.mp4')).toBeUndefined();
  });

  it('embeds a video service only when its player host is allowed, otherwise links to the page', () => {
    expect(videoView(`https://rutube.ru/video/${RT}/`, hosts)).toEqual({ kind: 'embed', page: `https://rutube.ru/video/${RT}/`, embed: `https://rutube.ru/play/embed/${RT}/`, host: 'rutube.ru' });
    expect(videoView('https://www.youtube.com/watch?v=dQw4w9WgXcQ', ['rutube.ru'])).toEqual({ kind: 'link', page: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', host: 'youtube.com' });
    expect(videoView('https://example.ru/video/seminar', hosts)).toEqual({ kind: 'link', page: 'https://example.ru/video/seminar', host: 'example.ru' });
  });

  it('lists exactly the allowed hosts for the CSP, or none at all', () => {
    expect(frameSources(hosts)).toEqual(['https://rutube.ru', 'https://vk.com', 'https://vkvideo.ru', 'https://www.youtube-nocookie.com']);
    expect(frameSources([])).toEqual(["'none'"]);
    expect(frameSources(['rutube.ru', 'rutube.ru', "evil.ru 'unsafe-inline'", '*.example.ru'])).toEqual(['https://rutube.ru']);
  });
});
