import { screen } from './screen'

/**
 * V8 compiles each of the engine's regexes to native code the first time it runs (the server runs Node with
 * --no-regexp-tier-up), so the first comments a fresh process screens pay for compiling them: ~230 ms for the very
 * first one, and as much again spread over the next few hundred. The server screens these samples before it takes
 * traffic, so no reader's request waits for that. They are written to reach every phase: each kind of claim, the
 * hard negatives the mitigations recognise, insults and threats, promotion, links and contacts, and characters
 * beyond ASCII.
 */
export const WARM_UP_SAMPLES = [
  'They dont tell u that the pharma compaines are behind the whole inflammation story, just a way to sell more meds.',
  'Turmeric and black seed oil cured my arthritis in two weeks, no need for any of the pills the GP pushes.',
  'Stop taking your statins, my uncle quit his and his cholesterol went down by itself. Doctors never tell you this.',
  '87% of people who get the flu jab end up catching flu anyway, look it up.',
  'Osteoporosis is not real, bones dont just get weaker with age. The whole thing was invented to sell scans.',
  'Is it true that vitamin D helps with bone density? My mum was told to take 1000 IU a day.',
  "It's a myth that vaccines cause autism; the 2019 Danish study of 650,000 children (Annals of Internal Medicine) found no link.",
  'I might be wrong, but I felt better after cutting sugar. Probably worth asking your doctor before changing anything.',
  'Anyone who believes this article is a brain-dead idiot, and the author should be struck off. I hope you rot.',
  'What a 🤡 you are, go back to school sweetie 😂 nobody wants your opinion',
  '70% OFF TODAY ONLY!!! 👉 https://bonemax-pro.example/deal?ref=fb22 ⭐⭐⭐⭐⭐ use code BONE20, DM me or call 0800 555 0199',
  'Great read, thanks. Here is the NHS page on it: https://www.nhs.uk/conditions/osteoporosis/ and my email is jo@example.org',
  'Great read, thanks. Great read, thanks. Great read, thanks. Great read, thanks.',
  'Mi abuela toma calcio todos los días – “it’s fine”, she says, with her café au lait and a croissant… €5 well spent.',
]

/** Screens the samples once; returns how long it took in milliseconds. */
export const warmUp = (): number => {
  const started = performance.now()
  for (const text of WARM_UP_SAMPLES) screen(text, { context: { elapsedMs: 60_000 } })
  return performance.now() - started
}
