import { RegExpMatcher, englishDataset, englishRecommendedTransformers, type MatchPayload } from 'obscenity'
import type { NormalisedText, Phase, Signal } from '../state'
import { anyOf, findAll, findAllAt, headScans, matchStartsIn, orderedTree } from '../lexicon/regex'
import { isQuoted, latin1Pattern, quoteOriginal, quotedPassages } from './normalise'
import { CONDITIONS } from '../lexicon/health'

/**
 * Insults, slurs, threats and harm wishes aimed at people. Criticism of an article ("this is garbage")
 * is not toxic; calling its author a moron is. Obfuscation is undone first: leetspeak inside words
 * ("1d10t", "sh1t") and starred vowels ("st*pid", "f***").
 */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '!': 'i', '3': 'e', '4': 'a', '@': 'a', '$': 's', '5': 's', '7': 't', '|': 'l' }
const LEET_CHARACTER = /[0-9@$!|]/g
const LEET_IN_RUN = /[0-9@$!|]/g
/** Letters, digits and the leet symbols: the characters of a possibly disguised word ("1d10t", "sh!t", "st*pid"). */
const isWordOrLeet = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 64 || code === 36 || code === 33 || code === 124 || code === 42

/**
 * Same length as the input, so normalised offsets stay valid. Only a run of word and leet characters that
 * holds a leet character and two letters can change ("2024" stays), so the scan jumps from one leet
 * character to the next and rewrites just those runs: scanning every word dominated this phase.
 */
export const undoLeetspeak = (text: string): string => {
  // The toxicity phase and the toxicity model both read the same comment's unmasked text: keep the last one.
  if (text === lastUnmasked.text) return lastUnmasked.unmasked
  const unmasked = unmask(text)
  lastUnmasked = { text, unmasked }
  return unmasked
}
let lastUnmasked = { text: '', unmasked: '' }
const unmask = (text: string): string => {
  const pieces: string[] = []
  let copied = 0
  LEET_CHARACTER.lastIndex = 0
  for (let hit = LEET_CHARACTER.exec(text); hit; hit = LEET_CHARACTER.exec(text)) {
    let start = hit.index
    while (start > 0 && isWordOrLeet(text.charCodeAt(start - 1))) start--
    let end = hit.index + 1
    while (end < text.length && isWordOrLeet(text.charCodeAt(end))) end++
    const run = text.slice(start, end)
    if (/[a-z].*[a-z]/.test(run)) {
      pieces.push(text.slice(copied, start), run.replace(LEET_IN_RUN, (ch, at: number) => (ch === '!' && at === run.length - 1 ? ch : LEET[ch] ?? ch)))
      copied = end
    }
    LEET_CHARACTER.lastIndex = end
  }
  if (copied === 0) return text
  pieces.push(text.slice(copied))
  return pieces.join('')
}

/**
 * "stupid" also matches "st*pid": any vowel may be starred out. Vowels inside a character class ("sk[a@]nks?") are
 * left alone: wrapping them in a class of their own would break the class.
 */
const starTolerant = (entries: readonly string[]): string =>
  anyOf(entries.map((entry) => entry.replace(/\\.|\[(?:\\.|[^\]])*\]|[aeiou](?![?*+}])/g, (piece) => (piece.length === 1 ? `[${piece}*]` : piece))))

const PERSON_INSULTS = starTolerant([
  'idiots?', 'morons?', 'imbeciles?', 'scroungers?', 'spongers?', 'freeloaders?', 'mongs?', 'galahs?', 'heifers?', 'codgers?', 'fatties', 'useless eaters', 'cowards?', 'hillbill(?:y|ies)', 'rednecks?', 'bogans?', 'skeletor', 'dumb ass(?:es)?',
  // Ableist slurs, but not the clinical terms ("spastic cerebral palsy", "a spastic colon") or a verb ("cripples the NHS").
  'sp[a*]stics?(?! (?:cerebral|colon|bowel|bladder|diplegia|quadriplegia|hemiplegia|paraplegia|paralysis|dysphonia|gait|muscles?|movements?|type|form|cp)\\b)', 'cripples?(?! (?:the|a|an|your|their|his|her|our|my|people|patients|it|them|him|us|you|every|any|many)\\b)', 'cretins?', 'clowns?(?! doctors?\\b| nose| costumes?| shoes| fish| makeup| show| car)', 'losers?', 'sheeple', 'keyboard warriors?',
  // Not the animal: "a few sheep and some chickens", "sheep ticks".
  '(?<!\\b(?:few|some|two|three|four|five|six|\\d+|our|my|his|her|their|of|and) )sheep(?!,? (?:(?:and|or) (?:\\w+ )?)?(?:goats|cows|pigs|chickens|hens|ducks|lambs|cattle|horses|dogs|farms?|farmers?|wool|ticks?|dips?)\\b)', 'shills?', 'liars?', 'hags?', 'boomers?(?! (?:myths?|nonsense|logic|takes?|advice|wisdom|science|music|generation|era|parents?|habits?|remed(?:y|ies)|tales?|thing)\\b)',
  'whiners?', 'cultists?', 'butchers?', 'murderers?', 'criminals', 'scum(?:bags?)?', 'dumbass(?:es)?', 'jackass(?:es)?', 'frauds', 'quacks?',
  'hypochondriacs?', 'halfwits?', 'dimwits?', 'numpty', 'numpties', 'drongos?', 'spaz(?:zes)?', 'gobshites?', 'eejits?', 'shitstains?', 'muppets?', 'degenerates?', 'bitch(?:es)?', 'bastards?', 'assholes?',
  'douchebags?', 'trolls?', 'drama queens?', 'sk[a@]nks?', 'snowflakes?', 'fools?', 'nutjobs?', 'nutters?', 'lunatics?', 'psychos?', 'freaks?', 'grifters?',
  'charlatans?', 'retards?', 'dipshits?', 'twats?', 'wankers?', 'slobs?', 'nitwits?', 'numbskulls?', 'knobheads?', 'dickheads?',
  'bellends?', 'pillocks?', 'tossers?', 'simpletons?', 'buffoons?', 'dunces?', 'airheads?', 'bimbos?', 'scumbags?', 'weirdos?',
  'dipsticks?', 'jerks?', 'dirtbags?', 'schizos?', 'subhumans?', 'cavem[ae]n', 'neanderthals?', 'sleazebags?', 'plonkers?', 'incels?', 'weaklings?', 'brats', 'whingers', 'lard-?a(?:r?se|ss)(?:e?s)?', 'sluts?', 'junkies', 'cry ?bab(?:y|ies)', 'wet wipes?', 'harp(?:y|ies)', 'know-?it-?alls?', 'loons?', 'crackpots?', 'uggos?', 'cockwombles?', 'twerps?', 'meatheads?', 'slags?(?! (?:heaps?|off)\\b)', 'stooges?', 'neckbeards?', 'alkies', 'grotbags?', '(?<=\\b(?:a|you|u|true|such a|bunch of|total|absolute|utter|these|those) )mouth[- ]?breathers?',  'windbags?', 'thickos?', 'bell ?ends?', 'fuckwits?', 'chavs?', 'pikeys?', 'jobsworths?', 'chancers?', 'puppets?', 'old bats?', 'old bags?', 'knuckle-?draggers?', 'loo?sers?', 'dumb-?ass(?:es)?', 'nonces?',
])
/** Words that insult only when pointed at a person ("worthless hack", not "life hack"). */
const CONTEXTUAL_INSULTS = starTolerant(['poms?', 'yanks', 'pansy', 'pansies', 'bed blockers?', 'tarts?', 'peasants?', 'dragons?', 'hippos?', 'whales?', 'biddies', 'spinsters?', 'gammons?', 'dinosaurs?', 'hacks?', 'cows?', 'witch(?:es)?', 'pigs?', 'worms?', 'maggots?', 'leeches', 'trash', 'garbage', 'rats?', 'animals?', 'fraud', 'creeps?', 'pricks?', 'brat', 'cockroach(?:es)?', 'parasites?', 'grubs?', 'gits?', 'prats?', 'dopes?', 'oafs?', 'dolts?', 'vultures?', 'snakes?', 'cowards?', 'hypocrites?', 'melts?', 'douches?', 'criminal', 'whales?', 'waste of (?:space|oxygen|air|skin|an? (?:medical |nursing )?(?:degree|white coat|uniform|licen[cs]e))', 'attention seekers?', 'whingers?', 'moaners?', 'gluttons?', 'dead ?weight', 'apes', 'donkeys?', 'mugs?', 'tools?', 'weapons?', 'pieces? of (?:shit|crap|garbage|trash|filth|work)', 'excuses? for (?:an? )?(?:\\w+ )?(?:doctor|human|person|man|woman|writer|journalist|nurse|scientist|parent|mother|father|being)s?'])
const INSULT_ADJECTIVES = starTolerant([
  'stupid(?:est)?', 'stoopid', 'dumb(?:est)?', 'pathetic', 'worthless', 'useless', 'brainwashed', 'brain-?dead', 'clueless', 'ignorant', 'lazy',
  'ugly', 'disgusting', 'trashy', 'filthy', 'idiotic', 'moronic', 'retarded', 'deluded', 'gullible', 'brainless', 'spineless', 'gutless',
  'uneducated', 'illiterate', 'gormless', 'witless', 'delusional', 'dozy', 'hopeless', 'incompetent', 'hysterical', 'dim', 'self-obsessed', 'condescending', 'arrogant', 'patroni[sz]ing', 'entitled(?! to\\b)', 'whiny', 'whiney', 'deranged', 'thick(?:est)?', 'dens(?:e|est)', 'dim-?witted', 'half-?witted', 'vile', 'scummy', 'smug', 'whing(?:e)?ing', 'laziest', 'ugliest', 'attention[- ]seeking', 'power[- ]mad', 'knuckle[- ]dragging', 'feral', 'creepy',
])
/** Harmless alone ("old people"), but they may sit between an insult adjective and its target. */
const INTENSIFIERS = '(?:absolute|complete|total|massive|colossal|giant|old|paid|little|fat|dangerous|weak|utter|genuine|proper|lying|dirty|sad|miserable|filthy|greedy|nasty|selfish|heartless|boring|ignorant|arrogant|smug|lazy)'
const INSULT_CHAIN = `(?: (?:${INSULT_ADJECTIVES}|${INTENSIFIERS}))*`
const PEOPLE = '(?:people|person|yanks|poms|brits|aussies|woman|women|man|men|lady|guy|thing|author|writer|commenters?|patients|folks|you|u|ppl|moderators?|mods|humans?|human beings?|creatures?|individuals?|specimens?|parents?|mothers?|fathers?|mums?|moms?|dads?)'
const AT_PERSON = '(?:you|u|ur|youre|you are|your(?= an? )|(?:you|u) (?:sound|look|seem) like|is a|is an|such an?|what an?|bunch of|typical)'

/**
 * Acts of violence, in the forms that follow "deserve to be", "should be", "someone should". "shot" after a
 * determiner or a vaccine word is an injection ("should get a flu shot"), not a shooting.
 */
const VIOLENCE_DONE =
  '(?:beaten(?: up)?|beat up|(?<!\\b(?:a|the|flu|booster|covid|your|their|his|her|my|first|second|third|another|this|that|tetanus|measles|mmr|hpv|b12|allergy|cortisone|steroid|insulin|vitamin|one|1|2|3) )shot|hanged|hung|killed|stabbed|punched|slapped|strangled|lynched|burned|burnt|tortured|executed|gassed|drowned|kicked|whipped|flogged|stoned|murdered|put down|strung up|set on fire|run over|locked up and beaten|dragged (?:\\w+ ){0,4}(?:and )?(?:shot|beaten|hanged|hung|killed)|lined up and shot|taken out and shot|thrown off \\w+|raped|gutted|castrated|sterili[sz]ed|hurt|punished physically|hit by a (?:bus|car|truck|train|lorry)|given a (?:good |proper )?(?:kicking|beating|hiding|slap|thrashing))'
const VIOLENCE_ACT = '(?:knock|beat|punch|slap|hit|smash|deck|thump|batter|shoot|kill|stab|hurt|strangle|hang|lynch|burn|smack|kick|drown|choke|break|torture|murder|run over|knock out|string up)'
/** People only: "kill this myth" and "beat this cold" are not threats. */
const PERSON_NOUN = `(?:doctors?|docs?|authors?|writers?|guys?|man|men|woman|women|persons?|people|nurses?|journalists?|reporters?|commenters?|posters?|scientists?|professors?|lot|family|kids|children|wife|husband|mum|mom|dad|face|head|teeth|neck|jaw|nose|skull|legs?|arms?|kneecaps?|ribs|fingers|${PERSON_INSULTS}|${CONTEXTUAL_INSULTS})`
const VIOLENCE_TARGET = `(?:you|u|him|her|them|people like|(?:the|that|this|these|those|your|their|his|her|every|all) (?:\\w+ )?${PERSON_NOUN}\\b)`

/**
 * Swearing aimed at nobody ("fucking hell, this tinnitus") is not toxicity (insults, slurs and threats aimed at
 * people are); alone it stays under the threshold, and an insult or threat beside it holds the comment anyway.
 */
const PROFANITY_ALONE = 0.45
/** "what a shit doctor", "you fucking idiot": profanity pointed at a person is abuse. */
const PROFANITY_AIMED = 0.7
const AIMED_BEFORE = new RegExp(`\\b(?:${AT_PERSON}|this|that|these|those|the|your)(?: (?:\\w+))? ?$`)
const PERSON_AFTER = new RegExp(`^\\w* (?:\\w+ )?${PERSON_NOUN}\\b`)
/** Said to the reader ("youre a f*cking disgrace") or called names after an insult ("spineless c*nts"). */
const ADDRESSED_BEFORE = new RegExp(`(?:\\b(?:youre|you are|ur|u r)(?: such)?(?: an?)?|\\b(?:you|u)(?: such)? an?|\\bbeing (?:this|that|so|such) (?:much of )?an?|\\b${INSULT_ADJECTIVES}) $`)
/** Profanity aimed at a person: "what a f***ing idiot", "you shit doctor", "youre a f*cking disgrace". */
/** "u soft c*nt", "you stupid prick": a swear-word noun straight after "you" names the person addressed. */
const PROFANE_NOUN = /^(?:c\W?u\W?nts?|twats?|pricks?|dicks?|wankers?|bastards?|bitch(?:es)?|assholes?|arseholes?|knobs?|tossers?)$/
const YOU_BEFORE = /\b(?:you|u|ya)(?: [\w-]+){0,2} $/
const isAimed = (text: string, start: number, end: number): boolean => {
  const before = text.slice(Math.max(0, start - 24), start)
  return ADDRESSED_BEFORE.test(before) || (PROFANE_NOUN.test(text.slice(start, end)) && YOU_BEFORE.test(before)) || (AIMED_BEFORE.test(before) && PERSON_AFTER.test(text.slice(end, end + 40)))
}

/** `profanity`: a swear word, toxic only when aimed at a person (scored like obscenity's matches below). */
const INSULT_PATTERNS: { regex: RegExp; score: number; reason: string; profanity?: true }[] = [
  // Said of oneself ("I felt like such an idiot for not asking") it is self-deprecation: see SELF_BEFORE.
  { regex: new RegExp(`\\b${PERSON_INSULTS}\\b`, 'g'), score: 0.8, reason: 'insults people' },
  { regex: new RegExp(`\\b(?:${AT_PERSON}(?: an?)?|${INSULT_ADJECTIVES})${INSULT_CHAIN} ${CONTEXTUAL_INSULTS}\\b`, 'g'), score: 0.8, reason: 'insults people' },
  { regex: new RegExp(`\\b${INSULT_ADJECTIVES}${INSULT_CHAIN} ${PEOPLE}\\b`, 'g'), score: 0.75, reason: 'insults people' },
  { regex: new RegExp(`\\b(?:you|u)(?:re| are| r)?(?: all| so| such| just| too| genuinely| truly| really| literally| actually| clearly| obviously| honestly| officially| the| an?| most)* ${INSULT_ADJECTIVES}\\b`, 'g'), score: 0.75, reason: 'insults people' },
  // "what a pathetic excuse for a moderator": the put-down fits any role (a word for a person or an agent noun).
  { regex: /\b(?:pathetic|sorry|poor|sad|lame|miserable) excuses? for (?:an? )?(?:[\w-]+ )?(?:human(?: being)?|person|man|woman|mod|parent|mother|father|mum|mom|dad|expert|professional|gp|doc|\w+(?:ist|ian|or|er))s?\b/g, score: 0.8, reason: 'insults people' },
  { regex: /\bget (?:a life|a brain)(?: and (?:a life|a brain))?\b|\bshut (?:your|their|his|her|ur) (?:\w+ )?(?:mouths?|traps?|gobs?|faces?|cake ?holes?|pie ?holes?)\b|\b(?:go (?:and )?crawl|crawl back) (?:into|under|to|in) (?:[\w-]+ ){0,3}?(?:swamp|rock|hole|cave|bridge|sewer|gutter|stone|pit)\b/g, score: 0.7, reason: 'belittles people' },
  // "the people in this comment section are braindead", "only an absolute donkey would argue": the readers themselves called stupid.
  {
    regex: new RegExp(`\\b(?:ppl|people|everyone|commenters|posters|folks|you lot|yall)(?: (?:in|on) (?:this|here|the)(?: [\\w-]+){0,2}| here| on here| in here)? (?:are|r|is) (?:all |just |so |completely |totally |utterly |literally )*(?:brain-?dead|brainless|stupid|dumb|idiotic|moronic|retarded|clueless|deluded|delusional|morons|idiots)\\b|\\bonly (?:an?|some) (?:absolute|complete|total|utter|proper|right) [\\w-]+ would\\b|\\b(?:women|men|mums|moms|mothers|dads|fathers|parents|people|ppl|anyone|those|patients) (?:who|that) (?:[\\w&'-]+ ){1,10}?(?:are|r|is) (?:all |just |so |completely |totally |utterly |literally |a bunch of )*(?:an? )?(?:(?:selfish|disgusting|vile|pathetic|filthy|lazy|stupid|whiny) )?(?:pathetic|stupid|idiots?|morons?|disgusting|vile|scum(?:bags?)?|brainless|brain[- ]?dead|cowards?|losers?|freaks?|parasites|pigs?|leeches|(?<=(?:whiny|pathetic|spoilt|spoiled) )attention seekers?)\\b|\\b(?:you lot|you people|yall|you all)(?: [\\w&'-]+){0,8}? (?:are|r) (?:all |just |so |completely |totally )*(?:pathetic|stupid|idiots|morons|disgusting|vile|scum|brainless|cowards|losers|freaks)\\b|\\b(?:pathetic|stupid|idiots|morons|clowns|muppets|disgusting|useless),? (?:the lot of (?:you|ya|u|them)|all of (?:you|ya|u))\\b|\\b(?:useless|stupid|pathetic|worthless|rubbish|garbage|a joke)(?: \\w+){0,2}? and so are (?:you|u)\\b|\\bimagine being (?:this |that |so )?(?:dumb|st\\W?u\\W?p\\W?i\\W?d|thick|gullible|brainwashed|greasy|smelly|ugly)\\b|\\b(?:the )?(?:ppl|people|commenters|posters|folks)(?: [\\w&'-]+){1,10}? (?:are|r) (?:all |just |so |completely |totally |utterly |literally )*(?:pathetic|brain-?dead|brainless|idiotic|moronic|morons|idiots)\\b`, 'g'),
    score: 0.75,
    reason: 'insults people',
  },
  // "ur so stupid": "ur" is "your" too ("ur thick skin"), so only with the intensifier that makes it "you're".
  { regex: new RegExp(`\\bur(?: all)? (?:so|such|just|too|really|literally) ${INSULT_ADJECTIVES}\\b`, 'g'), score: 0.75, reason: 'insults people' },
  // "doctors are lying pigs": a contextual insult after a copula needs an insulting word before it.
  { regex: new RegExp(`\\b(?:are|r|is) (?:all |just )?(?:an? )?${INTENSIFIERS}(?: ${INTENSIFIERS})* ${CONTEXTUAL_INSULTS}\\b`, 'g'), score: 0.8, reason: 'insults people' },
  // Insulting idioms: "thick as two short planks", "dumb as a rock", "shit for brains".
  {
    regex: /\b(?:thick|dumb|daft|stupid|dense) as (?:two short planks|a (?:brick|plank|post|rock|box of rocks|bag of (?:hammers|rocks|spanners))|mince|bricks|rocks|pig ?shit|shit|mud)\b|\b(?:shit|crap|mush|rocks|sawdust|porridge|spaghetti)[- ]for[- ]brains\b/g,
    score: 0.8,
    reason: 'insults people',
  },
  // Dehumanising: people who should not be allowed to breed, people likened to vermin.
  { regex: /\b(?:shouldnt|should not|should never|should not even) be allowed to (?:breed|reproduce|procreate|have (?:kids|children))\b|\b(?:please )?(?:dont|do not|never) breed\b|\blike (?:vermin|cockroaches|roaches|locusts)\b|\b(?:your|ur) (?:mum|mom|mother|mam|parents) (?:should (?:have|of|ve)|shouldve|shoulda|shouldof) (?:swallowed|aborted|kept (?:her|their) legs shut|taken the morning after pill|used (?:a |the )?(?:condom|contraception|protection))\b|\btoo (?:stupid|thick|dumb|ignorant) to (?:breed|reproduce|have (?:kids|children))\b|\bkeep (?:your|their) (?:\w+ )?genes to (?:yourselves|yourself|themselves)\b/g, score: 0.85, reason: 'dehumanises people' },
  {
    // Up to eight words between the person and the harm ("hope the parents on here get to watch their kids catch it"), none a negation ("hope you never get sick").
    regex: /\bhope (?:it|its|it is) (?:painful|agony|slow|fatal)\b|\b(?:hope|wish) (?:you|u|he|she|they|it|your [\w-]+|the [\w-]+|his [\w-]+|her [\w-]+|their [\w-]+|every [\w-]+|all (?:the )?[\w-]+|these [\w-]+|those [\w-]+)(?: (?!never\b|dont\b|not\b|wont\b|didnt\b|doesnt\b|feel\b|recover\w*)\w+){0,8}? (?:dies?|choke|chokes|suffers?|rots?|burns?|breaks?|catch(?:es)? (?!up\b|on\b)\w+|gets? (?:infected|sick|cancer|hit|hurt|scabies|lice|nits|herpes|measles|polio|sepsis|gangrene|aids|hiv|ebola|the plague|(?:\w+ )?(?:disease|cancer|infection|tumou?rs?))|drops? dead|ends? up (?:in|on) (?:intensive care|icu|a ventilator|a wheelchair|the morgue|a coffin|the grave)|lose (?:your|ur|his|her|their) (?:job|licen[cs]e|career|house|home|kids|children|family|everything))\b/g,
    score: 0.9,
    reason: 'wishes harm on someone',
  },
  {
    regex: /\b(?:should|ought to) (?:all )?(?:\w+ ){0,4}?(?:be left to|left to|just|go and) (?:die|rot|suffer)\b|\bdeserves? (?:a (?:good |proper )?(?:slap|kicking|beating|punch|smack|hiding|thrashing)|to be (?:slapped|punched|kicked))\b|\b(?:crawl|curl up) (?:in|into) a (?:hole|ditch|corner) and die\b|\b(?:should|ought to|deserves? to|needs? to) (?:all )?hang\b|\bgot what (?:they|he|she|you|u) (?:asked for|deserved?)\b|\bdeserves? (?:(?:their|the|his|her|your) (?:\w+ )?(?:disease|cancer|illness|infection|stroke|heart attack)|to (?:die|suffer|get sick)|the infections?|whatever happens|what(?:ever)? (?:they|you|he|she) (?:gets?|catch(?:es)?)|(?:the )?cancer)\b|\bgo (?:jump|throw yourself) (?:off|in front of|under) (?:a |the )?(?:bridge|cliff|train|bus|building|roof)\b|\b(?:world|planet|country) (?:would be|is|will be) (?:a )?better (?:place )?(?:off )?without (?:you|u|(?:people|ppl) like (?:you|u)|your kind|them)\b|\bdarwin awards?\b/g,
    score: 0.85,
    reason: 'says people deserve harm',
  },
  {
    regex: /\b(?:accidents (?:happen|can happen) to (?:people|those|folk|anyone|ppl) (?:who|that)|(?:be|itd be|it would be|it d be|would be) a (?:real )?shame if (?:your|ur|people|everyone|someone|somebody|anyone|they) (?:[\w-]+ ){0,3}?(?:saw|found out|knew|heard|got (?:hold|wind) of|were to)|(?:pay|paying) (?:you|u|them|him|her|em) a (?:little |quick |friendly |surprise )?visit|\bfound (?:your|ur) (?:linkedin|address|home address|workplace|employer|house|kids school)|(?:your|ur) (?:employer|boss|manager|hr department|work) (?:might|would|will|may) (?:be )?(?:very |really )?(?:interested|like to (?:see|know|hear))|i know (?:which|what) (?:[\w-]+ ){0,2}?(?:you|u) (?:work|live|go) (?:at|in|to)|(?:ill|i will|im going to|i am going to|gonna) (?:find|hunt|kill|hurt|beat|come for|visit|get) (?:you|u|out where)|i know where (?:you|your (?:\w+ )?(?:clinic|office|practice|house|home|kids?|family|hospital|surgery|work|school|wife|husband)) ?(?:live|lives|work|works|is|are|sleep|go)?|(?:we|ive|i|weve) (?:know|have|got|found) (?:where you|your (?:home )?address)|(?:keep|carry on) (?:\w+ ){0,4}?and (?:see|watch) what happens|see what happens to (?:you|u|your)|shame if (?:something|anything) (?:happened|happens|were to happen)|shame if (?:someone|somebody|anyone|some1) (?:sent|showed|forwarded|passed|posted|shared|reported|told|emailed|leaked)|(?:get|gets) whats coming|whats coming to (?:you|u|them)|find out where (?:you|u|(?:this|that|the) (?:\w+ )?\w+|he|she|they) (?:lives?|works?)|youll regret|watch your back|watch yourself|teach (?:you|u|him|her|them) a lesson|(?:we|people|i|they)(?: \w+){0,2} know (?:what car you drive|where your kids|your (?:car|kids|address|school))|(?:someone|somebody|people) (?:needs? to|should|ought to) (?:go (?:down|round|over) to (?:\w+ ){1,3}and )?sort (?:\w+ ){1,3}out\b|kill (?:yourself|urself)|kys|go to hell|drop dead)\b/g,
    score: 0.95,
    reason: 'threatens or wishes harm on someone',
  },
  { regex: new RegExp(`\\bdeserves? to (?:be|get) (?:\\w+ )?${VIOLENCE_DONE}\\b`, 'g'), score: 0.85, reason: 'says people deserve violence' },
  // screen-1.9.6 (toxic-3): harm wished in everyday phrasing.
  {
    regex: /\bneeds? (?:a )?(?:good |proper |right )?(?:slap|slapping|kicking|beating|punch|smack|hiding|thrashing)\b|\bleave (?:them|em|him|her|you) (?:all )?to (?:rot|die|suffer|starve)\b|\bplay in (?:the )?traffic\b(?<=\bgo (?:and )?play in (?:the )?traffic)|\bnever (?:heals?|gets? better|recovers?|works? again)\b(?<=\bhope (?:your|ur) (?:[\w-]+ ){0,2}?never (?:heals?|gets? better|recovers?|works? again))|\bdeserves? to lose (?:their|your|ur|his|her) (?:feet|legs|eyes|eyesight|sight|kidneys|limbs|toes|teeth|kids|children)\b|\ba favou?r and (?:just )?(?:stop existing|die|disappear|drop dead|kill (?:yourself|urself)|jump off)\b|\b(?:waiting|wait) for (?:you|u|him|her|them) (?:in|outside|after) (?:the car ?park|work|(?:your|her|his|their) shift)\b/g,
    score: 0.85,
    reason: 'wishes harm on someone',
  },
  {
    regex: new RegExp(`\\b(?:should|ought to|needs? to|must|oughta) (?:all |just |simply |really )?(?:be|get) (?:all |publicly |just |simply )?(?:[\\w-]+ ){0,6}?${VIOLENCE_DONE}\\b`, 'g'),
    score: 0.85,
    reason: 'calls for violence against people',
  },
  {
    regex: new RegExp(`\\b(?:someone|somebody|some1|people|we|they|you) (?:should|needs? to|ought to|has to|have to|must|gotta|oughta) (?:\\w+ )?${VIOLENCE_ACT} ${VIOLENCE_TARGET}`, 'g'),
    score: 0.85,
    reason: 'calls for violence against people',
  },
  {
    regex: new RegExp(`\\b(?:ill|i will|i would|id|i wanna|i want to|im going to|im gonna|i am going to|i could|i swear ill|gonna) (?:\\w+ )?${VIOLENCE_ACT} ${VIOLENCE_TARGET}`, 'g'),
    score: 0.9,
    reason: 'threatens violence',
  },
  {
    regex: /\b(?:burn|blow|bomb|torch)(?:ed|ing)? (?:this|that|the|their|your|his|her) (?:\w+ )?(?:clinic|hospital|office|house|home|building|lab|surgery|school|pharmacy|place|headquarters|hq)s?(?: \w+){0,3} (?:down|up)\b/g,
    score: 0.85,
    reason: 'calls for violence against people or places',
  },
  { regex: /\bgo back to (?:your|ur) (?:own )?(?:country|hut|mud hut|cave|jungle|tribe|village)\b|\bback (?:to )?where (?:you|u|they|ya|he|she) (?:came|come) from\b(?<=\b(?:go|send (?:them|em|him|her|\w+)(?: all)?|sent) back (?:to )?where (?:you|u|they|ya|he|she) (?:came|come) from)|\buse (?:your|ur|their) own (?:countr(?:y|ys) )?(?:health service|healthcare|nhs|hospitals|doctors)\b|\bback to (?:your|ur|their) (?:own )?countr(?:y|ies)\b(?<=\b(?:get|fuck off|fck off|f off|piss off|sod off|clear off|bugger off|send (?:them|em)(?: all)?) back to (?:your|ur|their) (?:own )?countr(?:y|ies))/g, score: 0.9, reason: 'tells someone to leave the country (xenophobic abuse)' },
  // "do the rest of us a favour and stop breeding", "your mother should have donated you to science".
  { regex: /\b(?:stop|quit|please stop|never) breeding\b|\bshould(?:nt)? (?:have|of) (?:been )?(?:donated|given|left|thrown|drowned|aborted|swallowed) (?:you|u|him|her|them)\b/g, score: 0.8, reason: 'demeans people' },
  // "you people make me sick", "you all deserve to rot": disgust or harm aimed at the readers addressed.
  { regex: /\b(?:you people|you lot|people like (?:you|u|them)|(?:you|u) all|yall)(?: who| that)? (?:make|makes) me (?:sick|vomit|puke|ashamed|embarrassed|want to (?:puke|vomit|throw up))\b/g, score: 0.8, reason: 'voices disgust at people' },
  { regex: /\b(?:you|u) (?:all |lot )?deserve to (?:rot|die|suffer|burn)\b/g, score: 0.85, reason: 'says people deserve harm' },
  // "the stroke survivors in my block are vegetables": people likened to things.
  { regex: /\b(?:people|patients|survivors|residents|pensioners|oldies|elderly|veterans|they|theyre)(?: [\w-]+){0,4}? (?:are|r) (?:just |all |basically |literally )?(?:vegetables|cabbages|vermin|subhuman|bed[- ]blockers|empty shells|ticking time bombs|a drain on (?:society|the nhs|resources|the system))\b/g, score: 0.85, reason: 'dehumanises people' },
  // screen-1.11.2 (toxic-9 and -11): put-downs by comparison or degree, vocative name-calling, waste of space, veiled threats,
  // groups likened to pests.
  {
    regex: /\b(?<=\b(?:you|u|youre|you are|ur|u r)(?: [\w-]+){0,3}? )(?:dumber|thicker|stupider|more stupid|dimmer|uglier|fatter) than\b|\ban? (?:special|new|whole|rare|different) (?:kind|level|type|breed|brand) of (?:stupid|dumb|thick|idiot|moron|ignorant)\b|\b(?:your|ur) (?:sheer |utter |total )?(?:stupidity|idiocy)\b/g,
    score: 0.75,
    reason: 'insults people',
  },
  {
    regex: /\b(?:hey|oi|listen|alright|ok|okay) (?:fatty|fatso|tubby|porky|lard ?(?:bucket|arse|ass)|thunder thighs|pizza face|crater face)\b|\b(?:you|u|ya) (?:absolute |utter |complete |total |massive )?(?:donut|melt|weapon|wally|melon|plank|div|turnip|lard bucket|fatso|grotbags?)(?= *(?:[.!?,]|$))/g,
    score: 0.75,
    reason: 'insults people',
  },
  {
    regex: /\b(?<=\b(?:youre|you are|ur|u r|(?:is|are) (?:a|an|just a)|such a|what a) (?:complete |total |absolute |utter |massive )?)waste of (?:space|oxygen|skin|air|a (?:human|person|life))\b|\bwe dont (?:need|want) (?:your|ur|their) kind\b/g,
    score: 0.8,
    reason: 'demeans people',
  },
  {
    regex: /\b(?:meet|catch|find|see) (?:you|u) in a (?:dark )?alley\b|\bshow (?:you|u) what (?:real )?pain (?:feels|is)\b|\b(?:if i had|ill find|i will find|ill get|im working on (?:getting )?) (?:your|ur) (?:home )?address\b/g,
    score: 0.9,
    reason: 'threatens someone',
  },
  {
    regex: /\bthe reason (?:they put |there are )?(?:shampoo bottles have instructions|instructions on shampoo)|\b(?:were|was|got|been|get) (?:you |u )?dropped on (?:your|ur|his|her|their) heads?\b|\broom[- ]temperature iq\b|\bsad little (?:man|boy|woman|girl|person)\b|\bcry harder\b|\b(?:go )?touch (?:some )?grass\b|\bok(?:ay)? (?:boomer|doomer|karen)\b|\b(?:lol|lmao|sure|yeah|right),? ok(?:ay)? (?:grandpa|grandad|granny|grandma)\b|\bembarrassed to exist\b|\bdregs of (?:society|humanity)\b|\b(?:cockroach|rat|worm|maggot|slug|parasite|pig|waste|joke|disgrace|c\W?nt|bell ?end|excuse) of an? (?:human(?: being)?|person|man|woman|author|writer|doctor|mother|father|parent|comment)\b|\bnot worth the (?:air|oxygen) (?:you|u|they|he|she) breathes?\b|\bdeserves? (?:a )?better (?:mum|mom|mother|dad|father|parents?) than (?:you|u)\b|\b(?:your|ur) (?:two )?brain cells?\b|\b(?:your|ur|his|her) brain is (?:the size of|as \w+ as|smaller than)\b|\bbless (?:your|ur|his|her) (?:tiny |little )+brain\b|\b(?:your|ur) face (?:looks? like|is like) an? |\bface like an? (?:smacked|slapped|dropped|melted|busted|kicked) /g,
    score: 0.75,
    reason: 'belittles people',
  },
  {
    regex: /\b(?:stayed|stay|stays|go back) (?:in|to) (?:\w+ ){1,2}where (?:they|you|u|he|she) belong\b|\bback to (?:whatever|which ?ever|wherever) (?:country|hole) (?:you|u|they) (?:came|crawled) from\b|\bshame (?:the|that|it) (?:[\w-]+ ){0,2}(?:didnt|did not) (?:finish|kill|take) (?:you|u|him|her|them)\b/g,
    score: 0.85,
    reason: 'demeans people',
  },
  {
    // Doxxing and stalking: the target told that their accounts, home or family have been found.
    regex: /\b(?:i|ive|we|weve) (?:found|looked up) (?:your|ur) (?:facebook|instagram|insta|address|house|home|employer|workplace|kids)\b(?! (?:page|group|posts?|videos?|articles?|blog|channel|really|so|very|helpful|useful)\b)|\bi know (?:which|what|where) (?:school|house|street|road|hospital|surgery|ward|office)\b(?= (?:\w+ ){0,3}(?:your|ur|you|u)\b)|\bsay (?:that|it) to my face\b|\b(?:ill|i will) be waiting (?:outside|for (?:you|u))\b|\bfind out where (?:this|that|the|he|she|they|you) (?:\S+ ){0,2}lives?\b|\b(?:someone|somebody|some1) (?:needs? to|should|ought to) teach (?:\w+ ){0,2}a lesson\b|\b(?:someone|somebody|i) (?:should|will|would|could|ll) run (?:you|u|him|her|them) over\b|\bbefore (?:someone|somebody|i) (?:shuts?|does) it for (?:you|u)\b/g,
    score: 0.9,
    reason: 'threatens someone',
  },
  {
    regex: /\b(?:go )?eat a tide ?pods?\b|\btells? (?:you|u) to (?:jump|end it)\b|\b(?:world|gene pool|society|we|everyone) (?:would be|d be) better off without (?:you|u|them|your kind|people like)\b|\bfewer of (?:your|ur|their) kind\b|\bgene pool a favou?r\b/g,
    score: 0.85,
    reason: 'wishes harm on someone',
  },
  {
    // Professions put down ("nurses are glorified waitresses", "paramedics are just failed nurses"), women sent to the
    // kitchen, the fat called animals, babies and lumps in the vocative, looks nobody should have to see.
    regex: /\b(?<=\b(?:nurses|doctors|gps|midwives|paramedics|carers|pharmacists|receptionists|physios|therapists|teachers|cleaners|staff|consultants|surgeons|they|theyre|hes|shes|youre|ur) (?:are |is |r )?(?:just |only |nothing but |basically |all )?(?:an? )?(?:bunch of )?)(?:glorified [\w-]+|failed (?:doctors|nurses|scientists|medics|students|actors))|(?<!\b(?:i|we|they|id|ill|wed|always|usually) )\bstick to (?:recipes|the kitchen|cooking|colou?ring(?: in)?|(?:your|ur) crayons|knitting)(?= *(?:[.!?,]|$|\blove\b|\bhun\b|\bsweetie\b|\bdear\b|\bmate\b|\band\b|\bffs\b))|\bget back (?:in|to) (?:your|ur|the) kitchen\b|\bugly as sin\b|\bfat (?:pigs|cows|slobs|lumps|whales|hippos|lard ?(?:arses|asses|buckets))\b|\b(?:you|u|ya|what an?|such an?|youre an?|ur an?) fat (?:pig|cow|slob|lump|whale|hippo|lard ?(?:arse|ass|bucket))\b|\b(?:you|u|ya) (?:big |great |fat |weak |little |pathetic |whiny |soft )+(?:dumb |thick |stupid )?(?:lump|oaf|lummox|baby|babies|child|little boy|little girl)\b|\bopen (?:your|ur) (?:trap|gob)\b|\bnobody wants to see (?:that|it|you|them)(?= *(?:[.!?,]|$|\bat the\b|\bin public\b))/g,
    score: 0.75,
    reason: 'belittles people',
  },
  {
    // Stock condescension: the carer who lets them online, mummy's help with typing, window-licking, a lost debate with a lettuce.
    regex: /\b(?:does|do) (?:your|ur) (?:carer|mum|mom|mummy|mommy|parents|keeper|nurse) know (?:youre|you are|ur|u r) (?:on (?:the internet|here|line|online)|using (?:the|a) (?:internet|computer|phone))\b|\b(?:someone|somebody|who) let (?:grandad|grandpa|granny|grandma|nana|a child|the toddler) (?:on|use|at) (?:the|a) (?:computer|internet|keyboard|phone)\b|\bdid (?:your )?(?:mummy|mommy|mum|mom|mam) help (?:you|u)\b|\blick(?:s|ing)? windows\b|\b(?:had|have|has) (?:their|your|ur|his|her) crayons? (?:taken|took) (?:off|away)\b|\beat(?:s|ing)? crayons\b|\blose an? (?:debate|argument|fight|race|game of chess) (?:to|with|against) an? (?:lettuce|potato|brick|goldfish|rock|houseplant|toddler|cabbage)\b/g,
    score: 0.75,
    reason: 'belittles people',
  },
  {
    regex: /\bhopefully (?:very |really )?painful\b|\bkarma (?:to )?catch(?:es)? up with (?:you|u)\b|\bpillow over (?:the|their|his|her|your) faces?\b|\b(?:ill|i will) make sure (?:you|u) (?:need|end up (?:in|needing)|never walk)\b/g,
    score: 0.85,
    reason: 'wishes harm on someone',
  },
  { regex: /\b(?:dementia|cancer|virus|disease|covid|illness|tumou?r) (?:to )?finish(?:es)? (?:the job|you off|him off|her off|them off)\b/g, score: 0.85, reason: 'wishes harm on someone' },
  { regex: latin1Pattern(/(?:🐍|🐀)(?: ?(?:🐍|🐀))+|🐷(?: ?🐷)* (?:thats|this is) (?:you|u)\b/g), score: 0.75, reason: 'mocks people' },
  { regex: latin1Pattern(/🤡(?: ?🤡)+|(?:what an?|(?:youre|you are|ur|u r)(?: an?)?|such an?|this is) 🤡|🤡 (?:this is|thats) (?:you|u)\b|\boink oink\b/g), score: 0.75, reason: 'mocks people' },
  { regex: /\b(?:are|r) (?:the|like) (?:cockroaches|rats|vermin|parasites|leeches|locusts) of\b|\b(?:people|patients|they|theyre)(?: [\w-]+){0,4}? (?:are|r) (?:just |all |basically |literally )?(?:houseplants|cockroaches|parasites|leeches)\b/g, score: 0.85, reason: 'dehumanises people' },
  // screen-1.12.1 (the toxicity model's training sets): harm told as an order to oneself, a hoped-for injury, a blow that
  // knocks the stupid out, a deserved fate, mother jibes, and a group of foreigners told to be sent home.
  { regex: /\bgo (?:and )?(?:drown|hang|shoot|stab|set fire to) (?:yourself|urself|yourselves)\b/g, score: 0.9, reason: 'wishes harm on someone' },
  {
    regex: /\bhope (?:your|ur) (?:[\w-]+ ){1,3}?(?:goes|turns|gets) (?:gangrenous|septic)\b|\b(?:head|skull|face|teeth) (?:caved|kicked|smashed|knocked) in\b(?<=\bhope (?:[\w-]+ ){1,6}(?:head|skull|face|teeth) (?:caved|kicked|smashed|knocked) in)|\bhope (?:someone|somebody|some1) (?:[\w-]+ ){1,10}?(?:leaves?|left) (?:you|u|him|her|them) to (?:rot|die|suffer)\b/g,
    score: 0.85,
    reason: 'wishes harm on someone',
  },
  { regex: /\bdeserves? (?:whatever|what) (?:is|s) coming (?:to (?:them|him|her|you|u))?/g, score: 0.85, reason: 'says people deserve harm' },
  { regex: /\b(?:id|i would|ill|i will|i could|i want to|i wanna) (?:\w+ )?(?:slap|knock|beat|punch|kick|smack) the (?:stupid|dumb|idiot|thick|ignorance|stupidity) out of (?:you|u|him|her|them)\b/g, score: 0.85, reason: 'threatens violence' },
  { regex: /\b(?:your|ur|yo) (?:mum|mom|mam|mama|momma|mother)s? (?:is )?so (?:fat|ugly|stupid|thick|dumb|hairy|old)\b/g, score: 0.8, reason: 'insults people' },
  {
    regex: /\bsend (?:them|em|the lot)(?: all)? (?:back|home)\b(?<=\b(?:immigrants|migrants|foreigners|refugees|asylum seekers|poles|polish|romanians|eastern europeans|africans|pakistanis|indians|chinese|muslims|foreign (?:[\w-]+ )?(?:staff|nurses|doctors|carers|workers|cleaners|pharmacists|students))\b[^.!?]{0,80}send (?:them|em|the lot)(?: all)? (?:back|home))/g,
    score: 0.9,
    reason: 'tells someone to leave the country (xenophobic abuse)',
  },
  { regex: latin1Pattern(/🖕/g), score: 0.75, reason: 'insults people' },
  // "go back to nursing school, you ...": a put-down aimed at the person answered, not a return to school.
  { regex: /\bgo back to (?:\w+ )?school(?:,? (?:you|u|sweetie|sweetheart|honey|hun|love|darling|mate)\b| before (?:you|u)\b)/g, score: 0.7, reason: 'belittles people' },
  { regex: /\b(?:f[*#@$%!u][*#@$%!c]?[*#@$%!k]*|fuck|piss) off\b/g, score: 0.8, reason: 'swears at people' },
  { regex: /\bf[*#@$%!]{2,4}(?:ing?|ers?)?(?!\w)/g, score: PROFANITY_ALONE, reason: 'uses profanity', profanity: true },
  // One symbol for a vowel in a swear word ("f*cking", "sh!t", "c*nt").
  { regex: /\b(?:f[*#@$%]ck(?:ing?|ed|er|ers)?|sh[*#@$%!]t(?:ty|s)?|c[*#@$%]nts?|b[*#@$%!]tch(?:es)?|tw[*#@$%]ts?|pr[*#@$%!]cks?|d[*#@$%!]ckheads?)(?!\w)/g, score: PROFANITY_ALONE, reason: 'uses profanity', profanity: true },
  { regex: /\bshut (?:up|it)\b/g, score: 0.6, reason: 'tells people to shut up' },
  // Slurs with a vowel starred out ("f*ggot", "n*gger", "tr*nny").
  { regex: /\b(?:f[*#@$%!]gg?[o*#@$%!]ts?|n[*#@$%!]gg(?:[e*#@$%!]rs?|as?)|tr[*#@$%!]nn(?:y|ies)|r[*#@$%!]t[a*#@$%!]rds?|k[*#@$%!]kes?|ch[*#@$%!]nks?|sp[*#@$%!]cs?)(?!\w)/g, score: 0.95, reason: 'uses a slur' },
  // "must be exhausting being this clueless", "being this much of a ...": the insult is aimed at whoever is answered.
  { regex: new RegExp(`\\bbeing (?:this|that|so) (?:much of an? (?:\\w+ )?)?${INSULT_ADJECTIVES}\\b`, 'g'), score: 0.75, reason: 'insults people' },
  // Second person only: "the NHS is a joke" criticises an institution, "youre a joke" a person.
  { regex: /\b(?:youre|you are|ur|u r|you|u|your(?= an? )) (?:an? )?(?:absolute |complete |total |utter |fucking )?(?:joke|disgrace|embarrassment|laughing ?stock)\b/g, score: 0.75, reason: 'insults people' },
  {
    regex: /\b(?:got|has|have|with) the (?:brains?|iq|intelligence|personality|charm) of an? (?:[\w-]+ )?[\w-]+|\blike (?:talking|arguing|reasoning|debating) (?:to|with) an? (?:brick|wall|rock|plank|post|toddler|goldfish|potato)|\bdrop(?:ped)? (?:you|u) on (?:your|ur) head\b|\bugly inside and out\b|\bno wonder (?:your|ur) (?:wife|husband|partner|girlfriend|boyfriend|kids|family) left\b/g,
    score: 0.75,
    reason: 'belittles people',
  },
  // Demeaning a group: dehumanised, told where they belong, wished dead.
  {
    regex: /\b(?:muslims|jews|christians|hindus|sikhs|immigrants|migrants|refugees|asylum seekers|foreigners|gays|lesbians|trans (?:people|women|men)|blacks|whites|asians|gypsies|travellers|pensioners|old people|the elderly|disabled people|deaf people|autistic people|fat people|addicts|junkies|diabetics|smokers|vapers|alcoholics|the obese|obese people|women|men)(?: [\w-]+){0,3}? (?:are|r) (?:all |just |nothing but )?(?:vermin|animals|rats|cockroaches|parasites|scum|subhuman|savages|filth|a plague|a disease|a cancer|bed-?blockers|useless eaters|a drain|defective|broken|worthless|a burden)\b|\b(?<=[\w-] )(?:kids|children|people|patients|parents|women|men) (?:are|r) (?:all |just )?(?:vermin|animals|subhuman|defective|savages|scum|worthless)\b|\b(?:theyre|they are|youre|you are) (?:all |just )?(?:animals|vermin|subhuman|savages)\b|\bpeople (?:who|that) [^.!?]{0,60}? (?:are|r) (?:all |just )?(?:vermin|animals|scum|subhuman|parasites)\b|\bput (?:them|em|him|her|you) (?:all )?down like (?:we do with )?(?:dogs|animals|a dog)\b|\bsterili[sz]e (?:the lot|them all|them)\b|\b(?:stay|belong|get back) in the kitchen\b|\blet (?:them|em|him|her|old people|the old|the elderly|\w+ people|(?:the |these |those )?[\w-]+s) (?:all )?(?:die|rot|starve|suffer)\b(?<=(?:^|[.!?,;:] |just |should |i say |we should )let [^.!?]{2,40})/g,
    score: 0.85,
    reason: 'demeans a group of people',
  },
  {
    regex: /\btoo (?:dumb|stupid|thick|dense|ignorant) to\b(?<=\b(?:you|u|they|theyre|people)\b[^.!?]{0,50}too (?:dumb|stupid|thick|dense|ignorant) to)/g,
    score: 0.75,
    reason: 'insults people',
  },
  // "imagine being this thick", "how can anyone be so stupid": the insult is aimed at whoever the comment answers.
  { regex: new RegExp(`\\b(?:imagine being|how (?:can|could) (?:anyone|you|u|people) be|(?:are|r) (?:you|u)(?: really| actually)?) (?:this|that|so) (?:fat|obese|${INSULT_ADJECTIVES})\\b`, 'g'), score: 0.75, reason: 'insults people' },
  // "nurses these days are lazy, thick and rude": a group of people called names.
  { regex: new RegExp(`\\b(?:nurses|doctors|gps|midwives|women|men|mums|moms|dads|parents|patients|teachers|carers|pharmacists|scientists|experts|journalists|mods|moderators|commenters|you lot|these people|those people|smokers|vapers|diabetics|pensioners|boomers|receptionists|gym bros|teenagers|millennials|foreigners|immigrants)(?: [\\w-]+){0,3}? (?:are|r) (?:all |just |so |such )?${INSULT_ADJECTIVES}\\b`, 'g'), score: 0.75, reason: 'insults people' },
  // screen-1.9.4: put-downs without a swear word. Condescension ("sweetie, read a book", "let the adults talk", a degree from
  // Facebook University), wishes that someone stop existing, appearance and family jibes, a group told it should not be allowed
  // children or be seen in public.
  {
    regex: /\blet the (?:adults|grown[- ]?ups) (?:talk|speak|handle)\b|\bleave (?:it|this|that|the [\w-]+) to the (?:grown[- ]?ups|adults)\b|\b(?:degree|phd|doctorate|diploma) from (?:facebook|google|youtube|tiktok|instagram|twitter)(?: university| uni)?\b|\b(?:facebook|google|youtube|tiktok) (?:university|uni)\b|\bfun at parties\b(?<=\b(?:must be|sound like|youre|you are|ur) (?:so much |such )?fun at parties)|\bnobody invites (?:you|u)\b|\b(?:sweetie|sweetheart|hun|honey|darling),? (?:read|learn|sit down|stick to)\b|\bread a (?:book|study)(?<=\b(?:go|just|maybe|please|honestly) read a (?:book|study))(?= *(?:[.,!?]|$| before (?:you|u)| sometime| once))|\blearn to read\b(?<=\b(?:you|u) (?:need to|should|must) learn to read)|\bsit down,? (?:grandma|granny|grandad|granddad|grandpa|boomer|sweetie|little \w+)\b|\b(?:youd|you would|ud) (?:need|have) to (?:be able to )?read\b|\b(?:tiktok|facebook|youtube|google|meme)\b(?<=\bdid (?:you|u) (?:learn|get|read) (?:that|this) (?:from|on) (?:a )?(?:tiktok|facebook|youtube|google|meme))/g,
    score: 0.75,
    reason: 'belittles people',
  },
  {
    regex: /\b(?:nobody|no one|noone) would (?:care|notice|miss (?:you|u)) if (?:you|u) (?:stopped existing|died|disappeared|were gone|vanished|dropped dead|left)\b|\band die\b(?<=\b(?:stay (?:at )?home|go home|crawl away|fuck off|piss off) and die)|\bget in the sea\b|\blined up against (?:a|the) wall\b|\badd nothing\b(?<=\b(?:you|u) add nothing)/g,
    score: 0.85,
    reason: 'wishes harm on someone',
  },
  {
    regex: /\blooks? like (?:an? )?(?:beached whale|bulldog chewing a wasp|thumb with an? (?:wig|beard|face)|slapped arse|smacked arse|sack of (?:potatoes|spuds)|melted candle|gremlin|goblin|hippo|skeleton|bag of bones)\b|\b(?:what happens|the result) when cousins (?:marry|breed)\b|\bbrain cells? (?:could|would|wouldnt) fit (?:on|in)\b|\bparents must be (?:so |very |really )?(?:disappointed|ashamed)\b(?<=\b(?:your|ur) parents must be (?:so |very |really )?(?:disappointed|ashamed))|\b(?:laughing|laugh) at (?:you|u),? not with (?:you|u)\b|\bunfit (?:mother|mum|mom|father|dad|parent)\b(?<=\b(?:youre|you are|ur|u r|your) an? unfit (?:mother|mum|mom|father|dad|parent))|\bno (?:man|woman|bloke|guy) (?:wants|would want) to (?:cuddle|date|marry|kiss|shag) (?:an? |you)|\bgene pool needs a lifeguard\b|\bif brains were (?:petrol|gas|dynamite|money|chocolate|taxed)\b|\biq (?:matches|equals|is lower than|smaller than|lower than) (?:your |their |his |her |a |an )?(?:shoe size|room temperature|potato|houseplant|goldfish|lettuce)\b|\bwider than (?:his|her|your|ur|their) iq\b|\b(?:phd|degree|masters) in being (?:wrong|stupid|an idiot|thick)\b|\bas (?:dumb|stupid|thick|ugly|useless|pathetic|ignorant) as (?:you|u|your (?:mum|mom|dad|mother|father|parents))\b|\b(?:smell|smells|stink|stinks) like an? (?:ashtray|bin|sewer|toilet|pig|wet dog)\b(?<=\b(?:you|u|she|he|they) (?:smell|smells|stink|stinks) like an? (?:ashtray|bin|sewer|toilet|pig|wet dog))|\blog off,? (?:grandad|granddad|grandpa|grandma|granny|boomer|gramps|old man|nan)\b|\bnear a keyboard\b(?<=\bwho let (?:the|this|that) (?:\w+ )?(?:pensioner|boomer|oldie|fossil|dinosaur|grandad|grandma|granny) near a keyboard)|\bback to the care home\b(?<=\bget (?:this|that|the) (?:\w+ )?(?:fossil|dinosaur|boomer|pensioner|oldie|coffin dodger) back to the care home)|\bnot fit to (?:breed|reproduce|be (?:a )?parents?|have (?:kids|children))\b|\bsocial services (?:need|needs|should|ought) to take (?:your|her|his|their) (?:kids|children|baby|babies)\b/g,
    score: 0.75,
    reason: 'belittles people',
  },
  {
    // Led by the rare verb phrase; who is meant is checked behind it (a group word leading would be tried at every "old" or "you").
    regex: /\b(?:shouldnt|should not|should never) be allowed (?:kids|children|to (?:have|breed|vote|drive|go out|leave|be parents|work|live|comment|post))\b(?<=\b(?:people like (?:you|u|them)|you people|you lot|nobody over \d+|no one over \d+|(?:fat|obese|skinny|disabled|old|poor|foreign|autistic|antivax) (?:people|women|men|parents|mums|moms|kids)|fatties|antivaxx?ers)(?: [\w-]+){0,4}? (?:shouldnt|should not|should never) be allowed (?:kids|children|to \w+(?: \w+)?))|\bshould be (?:banned|hidden|kept) (?:from|out of|away from|indoors)\b(?<=\b(?:fat|obese|ugly|disabled|old) (?:people|women|men)(?: [\w-]+){0,4}? should be (?:banned|hidden|kept) (?:from|out of|away from|indoors))/g,
    score: 0.85,
    reason: 'demeans a group of people',
  },
  // Led by the verb, not by "go": every place ANY_INSULT matches is tried against every pattern, and "go" is everywhere.
  { regex: /\b(?:choke|rot|die)(?<=\bgo (?:choke|rot|die))(?: on (?:it|that|this)| in (?:a |hell|a ditch))?\b/g, score: 0.8, reason: 'wishes harm on someone' },
]

/**
 * Any insult at all, in one scan: it spares the patterns most comments, which insult nobody, and in the
 * others it finds the few places where an insult starts, so each pattern is only tried there. The scans hold the
 * patterns' heads (headScans), not their whole alternatives: fewer scans of the text, for a few more places to try.
 */
const ANY_INSULT = headScans(INSULT_PATTERNS.map(({ regex }) => regex.source))
const INSULTS_STICKY = INSULT_PATTERNS.map(({ regex, score, reason, profanity }) => ({ regex: new RegExp(regex.source, 'y'), score, reason, profanity }))

const SLURS = new Set(['nigger', 'faggot', 'retard', 'chink', 'spic', 'kike', 'tranny', 'dyke', 'paki', 'gook', 'wetback', 'coon'])
/** Built once: compiling the English dataset's patterns is far costlier than matching. */
const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers })

/**
 * obscenity is thorough (obfuscations, whitelisted words such as "shitake") but costly: it transforms the
 * whole text character by character and runs some seventy patterns over it. So it only confirms
 * profanity stems: the letters (punctuation and spaces dropped, so "f.u.c.k" is found) are scanned for a
 * stem, and obscenity reads only the words around each stem, one word either side so that its
 * multi-word whitelist entries ("kung fu") and wildcards still see their context. Stems that hide inside
 * ordinary words ("ass" in "pass") are left to the insult patterns above.
 */
export const PROFANITY_STEMS = [
  'f+u+c*k', 'f+u+k', 's+h+i+t', 'c+u+n+t', 'b+i+t+c+h', 'd+i+c+k', 'p+u+s+s+y', 'c+o+c+k', 'n+i+g+(?:e+r|a|g)', 'f+a+g+o*t', 'w+h+o+r+e', 's+l+u+t', 'r+e+t+a+r+d', 't+w+a+t',
  'w+a+n+k', 'p+r+i+c+k', 'b+a+s+t+a+r+d', 'p+i+s+s', 'k+i+k+e', 'c+h+i+n+k', 'd+y+k+e', 't+r+a+n+n+y', 'w+e+t+b+a+c+k', 'j+i+z+z', 'd+i+l+d+o', 'a+s+s+h+o+l+e', 'b+o+l+l+o+c+k', 'b+u+g+g+e+r',
]
// Scanned at every letter, with no \b: "f+" written "ff*" (the same tries in the same order) lets orderedTree gather the
// stems behind their first letter, so V8 tries only the stems that open with the letter there.
export const PROFANITY_STEM = new RegExp(orderedTree(PROFANITY_STEMS.map((stem) => stem.replace(/^([a-z])\+/, '$1$1*'))), 'g')
const NOT_LETTERS = /[^a-z]+/g

interface Range { start: number; end: number }

/**
 * A word spelled as single letters split by dots, dashes, stars or spaces ("c.u.n.t", "i d i o t"). The
 * letters are joined and looked up in a short list, so ordinary runs of one-letter words ("a b c") never count.
 */
const SPACED_LETTERS = /\b[a-z](?:[.\-_*+ ]{1,2}[a-z]\b){2,19}/g
/** Cheap gate: three single letters in a row, split by separators. */
const SPACED_GATE = /(?:^|[^a-z])[a-z][.\-_*+ ]{1,2}[a-z][.\-_*+ ]{1,2}[a-z](?![a-z])/
const SPACED_WORDS: Record<string, { slur?: boolean; insult?: boolean; threat?: boolean }> = {
  fuck: {}, fucking: {}, fucker: {}, shit: {}, cunt: {}, bitch: {}, twat: {}, prick: {}, wanker: {}, dick: {}, cock: {}, slut: {}, whore: {},
  bastard: {}, asshole: {}, arsehole: {}, piss: {}, stfu: { insult: true }, fu: {}, shutup: { insult: true }, fuckyou: { insult: true }, fuckoff: { insult: true },
  idiot: { insult: true }, moron: { insult: true }, dumbass: { insult: true }, kys: { threat: true }, troll: { insult: true }, clown: { insult: true }, loser: { insult: true }, stupid: { insult: true }, dumb: { insult: true }, scum: { insult: true },
  retard: { slur: true }, retarded: { slur: true }, pathetic: { insult: true }, idiots: { insult: true }, morons: { insult: true }, nigger: { slur: true }, faggot: { slur: true }, fag: { slur: true },
}
/** Insults long enough to find inside a run of spelled-out letters without matching ordinary words. */
const SPACED_PHRASES = ['wasteofoxygen', 'wasteofspace', 'shutup', 'idiot', 'moron', 'stupid']
type SpelledKind = { slur?: boolean; insult?: boolean; threat?: boolean }
const spelledOut = (text: string): { start: number; end: number; word: string; kind: SpelledKind }[] => {
  if (!SPACED_GATE.test(text)) return []
  const found: { start: number; end: number; word: string; kind: SpelledKind }[] = []
  for (const match of findAll(SPACED_LETTERS, text)) {
    let letters = match.text.replace(NOT_LETTERS, '')
    let start = match.start
    // "a s.h.i.t take": the article before the spelled-out word is not part of it.
    if (!Object.hasOwn(SPACED_WORDS, letters) && (letters[0] === 'a' || letters[0] === 'i') && !Object.hasOwn(SPACED_WORDS, letters.slice(0, -1))) {
      letters = letters.slice(1)
      start = match.start + 1 + match.text.slice(1).search(/[a-z]/)
    }
    // Plurals too ("i.d.i.o.t.s").
    const word = Object.hasOwn(SPACED_WORDS, letters) || !letters.endsWith('s') ? letters : letters.slice(0, -1)
    const kind = Object.hasOwn(SPACED_WORDS, word) ? SPACED_WORDS[word] : undefined
    if (kind && word.length >= 3) found.push({ start, end: match.end, word, kind })
    else {
      // A spelled-out phrase inside a longer run of single letters: "u r a w a s t e o f o x y g e n".
      const phrase = SPACED_PHRASES.find((candidate) => letters.includes(candidate))
      if (phrase) found.push({ start: match.start, end: match.end, word: phrase, kind: { insult: true } })
    }
  }
  return found
}

/** Text ranges of profanity stems, found in the letters-only view and mapped back to the text. */
export const profanityStems = (text: string): Range[] => {
  const stems = findAll(PROFANITY_STEM, text.replace(NOT_LETTERS, ''))
  if (stems.length === 0) return []
  const letterAt: number[] = []
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 97 && code <= 122) letterAt.push(i)
  }
  return stems.map((stem) => ({ start: letterAt[stem.start], end: letterAt[stem.end - 1] + 1 }))
}

const isWhitespace = (code: number): boolean => code === 32 || code === 10
const wordStartBefore = (text: string, at: number): number => {
  while (at > 0 && !isWhitespace(text.charCodeAt(at - 1))) at--
  return at
}
const wordEndAfter = (text: string, at: number): number => {
  while (at < text.length && !isWhitespace(text.charCodeAt(at))) at++
  return at
}

/** The stem's words plus one word either side, overlapping windows merged. */
const windowsAround = (text: string, stems: readonly Range[]): Range[] => {
  const windows: Range[] = []
  for (const stem of stems) {
    const start = wordStartBefore(text, Math.max(0, wordStartBefore(text, stem.start) - 1))
    const end = wordEndAfter(text, Math.min(text.length, wordEndAfter(text, stem.end) + 1))
    const last = windows[windows.length - 1]
    if (last && start <= last.end) last.end = Math.max(last.end, end)
    else windows.push({ start, end })
  }
  return windows
}

/** The dataset word behind a term, looked up once per term: obscenity's lookup copies the whole match. */
const wordOfTerm = new Map<number, string>()
const datasetWord = (match: MatchPayload): string => {
  let word = wordOfTerm.get(match.termId)
  if (word === undefined) {
    word = englishDataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord ?? ''
    wordOfTerm.set(match.termId, word)
  }
  return word
}

/** obscenity's matches that overlap a stem, in text order. */
export const profanities = (text: string): { start: number; end: number; word: string }[] => {
  const stems = profanityStems(text)
  const found: { start: number; end: number; word: string }[] = []
  // Stems and matches both come in text order and stems do not overlap, so one pointer walks the stems.
  let stem = 0
  for (const window of windowsAround(text, stems))
    for (const match of obscenity.getAllMatches(text.slice(window.start, window.end), true)) {
      const start = window.start + match.startIndex
      const end = window.start + match.endIndex + 1
      while (stem < stems.length && stems[stem].end <= start) stem++
      if (stem < stems.length && stems[stem].start < end) found.push({ start, end, word: datasetWord(match) })
    }
  return found
}

/**
 * An insult mentioned rather than hurled: quoted ("someone wrote 'kys'", "stop using 'psycho' as an insult"),
 * reported ("kids called me a freak"), or a word in its other sense: a dog breeder's bitch, "retarded growth"
 * in an old paper, "migraines are an absolute bastard".
 */
export const MENTIONED = 0.4
const REPORTED_BEFORE = /\b(?:call(?:ed|s|ing)?|label(?:l)?ed|dubbed|branded) (?:me|him|her|them|us|each other|one another|my \w+|our \w+|people|someone|kids) (?:an? |such an? )?(?:[\w-]+ )?$|(?<!\bso-? ?)\bcall(?:ed|s|ing) (?!(?:an?|the|my|our|your)\b)[\w-]+ $|\b(?:the words?|words like|terms? like|using|saying|said|wrote|written|shouted|yelled|as)(?: the word)?(?: an?)? $|\b(?:got|get|gets|getting|been|was|were|being) called (?:an? |such an? )?(?:[\w-]+ ){0,2}$|\btold (?:[\w-]+ ){1,3}(?:she|he|they|i|we) (?:was|were|is|are) (?:an? )?(?:[\w-]+ ){0,2}$/
const OTHER_SENSE = /^(?:(?:wanker|bastard|bitch|bugger|sod|swine|cow|nightmare|pig) of an? (?!(?:man|woman|person|doctor|nurse|gp|bloke|guy|husband|wife|human|boss|manager|mother|father|writer|author)\b)|bitch(?=(?: \w+){0,8} (?:litter|puppies|pups|whelp\w*|in season|spay\w*|dogs?)\b)|retard(?=(?:ed|ation) (?:growth|development|fetal|foetal|ejaculation|gastric emptying))|retardant|(?:idiot|muppet|moron|numpty|dumb(?:est)?|stupid(?:est)?)(?: thing)? (?:move|moment|mistake)\b|(?:dumbest|stupidest) thing (?:i|we) (?:ever )?(?:did|done|have done)\b|bastard (?:cancer|disease|illness|virus|thing|condition|tumou?r|pain|migraines?)\b)/
/**
 * Said of oneself ("I'm a lazy git today", "I feel like such a fraud", "chemo brain turns you into a complete airhead"),
 * of a pet ("our cat is a fat bastard"), or with affection ("you muppet 😂 love you sis"): a word that insults, not an insult.
 */
const SELF_BEFORE = /\b(?:im|i am|i was|i used to be|ive been|i have been|i feel like|i felt like|i feel|i felt|i look(?:ed)? like|me (?:feel|look) like|(?:makes?|made) me (?:feel |look )?like|(?:makes?|made) me|\bfelt like|\bfeel like|turns? (?:you|u|me) into|turned (?:me|you) into|call(?:ed)? myself)(?:(?: [\w-]+){0,3}| a bit of an?) $/
/** "our retired greyhound bitch": the word for a female dog, after a breed. */
const DOG_BEFORE = /\b(?:greyhound|whippet|lurcher|spaniel|labrador|terrier|collie|retriever|beagle|dachshund|poodle|dog|retired)s? $/
const PET_BEFORE = /\b(?:my|our|the|his|her|their|this|that) (?:cat|dog|puppy|pup|kitten|parrot|horse|pony|rabbit|hamster|budgie|tortoise|pug|labrador)s? (?:is|was|are|were|has been) (?:an? |such an? )?(?:[\w-]+ ){0,2}$/
const AFFECTION = /\blove (?:you|ya|u)\b|\blove (?:her|him|them|the \w+)(?: to bits)?\b|\bbless (?:him|her|them)\b|\bcheers ya\b|\bproud of (?:you|ya|u)\b|\bgood on (?:you|ya|u)\b|\bwell done\b|\blegend\b|\bluv (?:u|ya|you)\b|\bx{2,}\b|[\u{1F602}\u{1F923}\u{1F618}\u{2764}\u{2665}]/u
const FOND_NAMES = /^(?:muppets?|gits?|numpt(?:y|ies)|plonkers?|wally|wallies|divs?|idiots?|dafty|nutters?|weirdos?|dorks?|nerds?|bastards?|pillocks?|melts?)$/
/** "my best mate is a total muppet", "my sister is a proper nutter": a fond name for one's own people. */
const OWN_PEOPLE_BEFORE = /\b(?:my|our) (?:best |old |little |big )?(?:mates?|friends?|pals?|bestie|brother|sister|bro|sis|husband|hubby|wife|partner|dad|mum|mom|son|daughter|uncle|aunt|auntie|nan|grandad|grandma|cousin|boyfriend|girlfriend|other half|kids|running club|club|team|group)(?: [\w-]+)? (?:is|was|are|were|has been|is such|are such|is full of|was full of)? ?(?:an? )?(?:(?:total|proper|absolute|complete|right|old|bit of an?|such an?) )*$/
/** "sneezing like a lunatic": a simile for one's own doing, of the words that make such similes. */
const SIMILE_WORD = /^(?:lunatics?|maniacs?|madm[ae]n|nutters?|idiots?|loons?)$/
const SIMILE_BEFORE = /\b\w+ing like an? (?:absolute |total |complete )?$/
/** "the parking charges for cancer patients are disgusting", "the idea nurses are lazy": the group is not the one called names. */
const GROUP_NOT_TARGET_BEFORE = /\b(?:for|of|about|to|on|with|from|by|against|idea|myth|claim|notion|stereotype|assumption)(?: that)? (?:[\w-]+ )?$/
const GROUP_LED = /^(?:nurses|doctors|gps|midwives|women|men|mums|moms|dads|parents|patients|teachers|carers|pharmacists|scientists|experts|people|ppl|folks)\b/
/** "people who say the test is disgusting": the insult word describes what they talk about. */
const RELATIVE_CLAUSE = /\b(?:who|that|which) (?:say|says|said|think|thinks|call|calls|find|finds)\b/
const CONDITION_WORDS = anyOf(CONDITIONS)
const CONDITION_SUBJECT = new RegExp(`\\b${CONDITION_WORDS}\\b[^.!?]{0,30}$`)
const THING_CURSED = /^(?:bastard|bitch|nightmare|(?:can )?go to hell)/
const COPULA_LED = /^(?:is|are|was|its) /
/** The condition as the subject: not the object of a preposition ("anyone who quits over a bit of mastitis is a ..."). */
const CONDITION_JUST_BEFORE = new RegExp(`(?<!\\b(?:of|with|from|for|about|over|after|by|to)(?: (?:a|an|the|some|bit|little|mild|bad|touch))* )\\b${CONDITION_WORDS} $`)
const mentionedOnly = (text: string, start: number, end: number, quoted: boolean, loweredOriginal: string): boolean => {
  const word = text.slice(start, end)
  const before = text.slice(Math.max(0, start - 60), start)
  return (
    quoted ||
    REPORTED_BEFORE.test(before) ||
    SELF_BEFORE.test(before) ||
    PET_BEFORE.test(before) ||
    (FOND_NAMES.test(word.replace(/^(?:you|u|ya|such an?|what an?) /, '')) && (AFFECTION.test(loweredOriginal) || OWN_PEOPLE_BEFORE.test(before))) ||
    (SIMILE_WORD.test(word) && SIMILE_BEFORE.test(before)) ||
    (GROUP_LED.test(word) && (GROUP_NOT_TARGET_BEFORE.test(before) || RELATIVE_CLAUSE.test(word))) ||
    (word === 'bitch' && DOG_BEFORE.test(before)) ||
    OTHER_SENSE.test(text.slice(start, start + 120)) ||
    (THING_CURSED.test(word) && CONDITION_SUBJECT.test(before)) ||
    // "depression is a lying piece of crap": the condition itself cursed.
    (COPULA_LED.test(word) && CONDITION_JUST_BEFORE.test(before))
  )
}

/**
 * Whether the words at start..end of `text` (the normalised text with leetspeak undone) are mentioned rather than
 * aimed: quoted in the original, reported, said of oneself or meant in another sense (mentionedOnly).
 */
export const mentionCheck = (original: string, norm: NormalisedText, text: string): ((start: number, end: number) => boolean) => {
  const mayQuote = original.includes("'") || original.includes('"') || /[\u2018\u201c]/.test(original)
  let quotes: ReturnType<typeof quotedPassages> | undefined
  // AFFECTION is written in lower case: the original is lowered once, not matched case-insensitively per insult.
  let lowered: string | undefined
  return (start, end) => mentionedOnly(text, start, end, mayQuote && isQuoted((quotes ??= quotedPassages(original)), norm, { start, end }), (lowered ??= original.toLowerCase()))
}

export const toxicity: Phase = ({ original, norm, signals }) => {
  const text = undoLeetspeak(norm.text)
  const found: Signal[] = []
  const quote = (start: number, end: number) => quoteOriginal(original, norm, start, end)
  const starts = matchStartsIn(ANY_INSULT, text)
  if (starts.length > 0)
    for (const { regex, score, reason, profanity } of INSULTS_STICKY)
      for (const match of findAllAt(regex, text, starts)) {
        const aimed = profanity && isAimed(text, match.start, match.end)
        const [why, weight] = aimed ? ['swears at people', PROFANITY_AIMED] : [reason, score]
        found.push({ label: 'toxic', score: weight, reason: `${why} ('${quote(match.start, match.end)}')`, start: match.start, end: match.end, origin: 'cue' })
      }
  // A profanity inside an insult already quoted adds nothing. Profanities come in text order, so the
  // furthest end among signals starting at or before one tells whether any of them contains it.
  const covering = found.map(({ start, end }) => ({ start: start!, end: end! })).sort((a, b) => a.start - b.start)
  let next = 0
  let coveredTo = -1
  for (const { start, end, word } of profanities(text)) {
    // Two-letter hits are abbreviations more often than abuse ("5-FU" is a chemotherapy drug).
    if (end - start < 3) continue
    while (next < covering.length && covering[next].start <= start) coveredTo = Math.max(coveredTo, covering[next++].end)
    if (coveredTo >= end) continue
    const slur = SLURS.has(word)
    const aimed = !slur && isAimed(text, start, end)
    const reason = `${slur ? 'uses a slur' : aimed ? 'swears at people' : 'uses profanity'} ('${quote(start, end)}')`
    found.push({ label: 'toxic', score: slur ? 0.95 : aimed ? PROFANITY_AIMED : PROFANITY_ALONE, reason, start, end, origin: 'cue' })
    coveredTo = Math.max(coveredTo, end)
  }
  for (const { start, end, kind } of spelledOut(text)) {
    if (found.some((signal) => signal.start! <= start && end <= signal.end!)) continue
    const what = kind.slur ? 'uses a slur' : kind.threat ? 'tells someone to kill themselves' : kind.insult ? 'insults people' : 'uses profanity'
    found.push({ label: 'toxic', score: kind.slur || kind.threat ? 0.95 : kind.insult ? 0.8 : 0.6, reason: `${what}, spelled out letter by letter ('${quote(start, end)}')`, start, end, origin: 'cue' })
  }
  const mentioned = mentionCheck(original, norm, text)
  const judged = found.map((signal) =>
    mentioned(signal.start!, signal.end!) ? { ...signal, score: signal.score * MENTIONED, reason: `${signal.reason}, mentioned rather than aimed` } : signal)
  return { signals: [...signals, ...judged] }
}
