/**
 * The home page's steps (src/components/home/HomeLede.astro) follow the reader: a step is marked
 * `data-seen` once it comes into view (its graphic rises into place) and `data-active` while it
 * crosses the middle of the viewport (a rule marks it). Without JavaScript, or without
 * IntersectionObserver, every step simply stays as it is, fully readable. Motion is left to CSS,
 * which turns it off under `prefers-reduced-motion: reduce`.
 */
function setupHomeSteps(): void {
  const steps = [...document.querySelectorAll<HTMLElement>("[data-home-step]")];
  const list = steps[0]?.parentElement;
  if (!list || !("IntersectionObserver" in window)) return;

  const seen = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        (entry.target as HTMLElement).dataset.seen = "";
        seen.unobserve(entry.target);
      }
    },
    { rootMargin: "0px 0px -15% 0px" },
  );
  // A band across the middle of the viewport: the step in it is the one being read.
  const active = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        for (const step of steps) {
          if (step === entry.target) step.dataset.active = "";
          else delete step.dataset.active;
        }
      }
    },
    { rootMargin: "-45% 0px -45% 0px" },
  );
  for (const step of steps) {
    seen.observe(step);
    active.observe(step);
  }
  list.dataset.enhanced = "";
}

setupHomeSteps();
