/** Click-to-load video players: the «Показать видео» button inserts the service's player only when the reader asks for it. */
export function initVideos(root: ParentNode = document): void {
  for (const figure of root.querySelectorAll<HTMLElement>('[data-video-embed]')) {
    const slot = figure.querySelector<HTMLElement>('[data-video-slot]');
    const button = figure.querySelector<HTMLButtonElement>('[data-video-show]');
    if (!slot || !button) continue;
    button.hidden = false;
    figure.querySelector<HTMLElement>('[data-video-note]')?.removeAttribute('hidden');
    button.addEventListener('click', () => {
      const frame = document.createElement('iframe');
      frame.src = figure.dataset.videoEmbed!;
      frame.title = `Видео: ${figure.dataset.videoTitle ?? ''}`;
      frame.className = 'video-frame';
      frame.allow = 'fullscreen; picture-in-picture; encrypted-media; clipboard-write';
      frame.allowFullscreen = true;
      frame.referrerPolicy = 'strict-origin-when-cross-origin';
      slot.replaceWith(frame);
      frame.focus();
    }, { once: true });
  }
}
