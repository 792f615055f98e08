import { describe, expect, test } from '@jest/globals'
import { screen, type Label, type Verdict } from '../../../src/moderation'
import { correctSpelling, REAL_WORDS_FILE, serialiseRealWords } from '../../../src/moderation/lexicon/spelling'
import { readDictionary } from '../../../src/moderation/lexicon/dictionary'
import { normaliseText } from '../../../src/moderation/phases/normalise'
import { runPipeline } from '../../../src/moderation/pipeline'
import { initialState } from '../../../src/moderation/screen'
import { readFileSync } from 'node:fs'

/**
 * The general structures behind unsupported claims, toxicity and spam, each shown on comments written
 * for this test (topics and wording outside the labelled sets), with the hard negatives that share their
 * words. Claims are screened without rules, so the cue phase alone must recognise them.
 */
const labels = (verdict: Verdict) => verdict.flags.map((flag) => flag.label).sort()
const claimReasons = (text: string) => screen(text, { rules: [] }).flags.find((flag) => flag.label === 'unsupported_claim')?.reasons.join(' ') ?? ''

/**
 * The four kinds of case each generalisation round (screen-1.8.3 on) adds: a claim held with the reason it names,
 * a text allowed, and a text that is (or is not) flagged with a label. Cases are [kind, text] (claims: [kind, text, reason]).
 */
const heldAsClaim = (cases: [string, string, RegExp][]) =>
  test.each(cases)('%s', (_structure, text, reason) => {
    expect(labels(screen(text, { rules: [] }))).toContain('unsupported_claim')
    expect(claimReasons(text)).toMatch(reason)
  })
const staysAllowed = (cases: [string, string][]) =>
  test.each(cases)('%s stays allowed', (_kind, text) => {
    expect(screen(text).decision).toBe('allow')
  })
const flaggedAs = (label: Label, cases: [string, string][]) =>
  test.each(cases)(`%s is ${label}`, (_kind, text) => {
    expect(labels(screen(text))).toContain(label)
  })
const notFlaggedAs = (label: Label, cases: [string, string][], title = `%s is not ${label}`) =>
  test.each(cases)(title, (_kind, text) => {
    expect(labels(screen(text))).not.toContain(label)
  })

describe('claim structures generalise beyond the rules', () => {
  test.each([
    ['agent with a control motive (purpose clause)', 'Chlorine in the pool is something they add to keep the public sedated.', /hidden agenda of control or harm/],
    ['paid silence', 'Audiologists are paid to stay quiet about what earbuds do.', /hidden commercial motive/],
    ['profession inventing diagnoses to keep clients', 'Chiropractors, physiotherapists and psychologists invent diagnoses to keep clients coming.', /hidden/],
    ['knowing harm and carrying on', 'Orthodontists know the wires leach nickel but keep fitting them anyway.', /cover-up or hidden agenda/],
    ['treatment worse than the disease', 'The shingles jab is worse than shingles itself.', /more dangerous than the disease/],
    ['disease blamed on its treatment', 'Eczema is caused by the steroid creams dermatologists hand out.', /blames a disease on its treatment/],
    ['treatment dismissed absolutely', 'Hearing aids never work, they are a racket.', /dismisses an established treatment/],
    ['surgery never needed', 'Knee surgery is never necessary if you stretch.', /dismisses an established treatment/],
    ['treatment harms the body', 'Retinol creams destroy your skin barrier for good.', /treatment harms the body/],
    ['protective practice blamed for disease', 'Exercise causes heart attacks, stay on the sofa.', /treatment causes disease/],
    ['treatment made people sick', 'The smallpox vaccine is what really made people sick back then.', /treatment harms the body/],
    ['disease played down', 'Rubella is harmless, a natural part of growing up.', /plays down a disease/],
    ['condition reduced to weakness', 'Insomnia is just a lack of discipline.', /denies a condition is real/],
    ['pseudo-mechanism cure', 'Parasites cannot survive in an alkaline body, so lemon water cures them.', /unproven cure/],
    ['cure by its result', 'Castor oil packs clear ovarian cysts completely in a week.', /unproven cure/],
    ['advice to avoid a treatment', 'Breastfeeding mums should skip the antibiotics and use garlic instead.', /stop or refuse treatment/],
    ['object inside the verb', 'Throw those eye drops out and do palming exercises.', /stop or refuse treatment/],
    ['treatment declared unneeded in passing', 'Oil pulling daily, no fillings needed.', /stop or refuse treatment/],
    ['whole thing a hoax', 'The whole bird flu thing was a hoax.', /denies established evidence/],
    ['product blamed for a disease, industry knew', 'Bladder cancer comes from the dye in hair colour, the salon brands have known since the seventies.', /cover-up or hidden agenda/],
    ['industry knew all along', 'Mattress makers knew all along what the flame retardants do to children.', /cover-up or hidden agenda/],
    ['disease dated to a product', 'Hay fever didnt exist before diesel cars, the carmakers gave it to us.', /dates a disease to a product or treatment/],
    ['disease dated to a treatment (texting style)', 'ppl never used to get shingles before the chickenpox jab', /dates a disease to a product or treatment/],
    ['so-you-buy motive', 'Shampoo companies add sulphates that dry your scalp so you buy their dandruff range.', /hidden commercial motive/],
    ['so-you-keep-coming-back motive', 'Podiatrists file the corn badly on purpose so you keep coming back every month.', /hidden commercial motive/],
    ['treatment created an epidemic', 'The booster created the shingles epidemic.', /treatment causes disease/],
    // screen-1.6.1: harms told as ongoing, treatments said to kill their users, figures in words and points.
    ['harm told as ongoing', 'Tamoxifen is slowly destroying the bones of every woman on it.', /treatment harms the body/],
    ['treatment said to kill its users', 'Those sleeping tablets are killing people, plain and simple.', /treatment harms the body/],
    ['a multiple in words', 'Kids who use asthma inhalers are four times more likely to get diabetes.', /states a figure as fact/],
    ['a difference in points', 'Babies given paracetamol score 8 points lower on reading tests.', /states a figure as fact/],
    // screen-1.7.0: structures behind the misses of five new sets (unseen-10 to unseen-14), on new sentences.
    ['disease put down to a pseudo-cause', 'Rosacea is caused by parasites living in your pores.', /cause the evidence does not support/],
    ['established cause denied', 'Sunburn does not cause skin cancer, that is just scaremongering.', /denies an established cause/],
    ['germs denied', 'Bacteria do not make people sick, a poor diet does.', /denies an established cause/],
    ['condition denied as disease', 'Fibromyalgia is not a real illness.', /denies a condition is real illness|denies established evidence/],
    ['condition called a fad', 'Coeliac disease is a fad.', /denies a condition is real illness/],
    ['condition called psychosomatic', 'Long covid is psychosomatic, nothing more.', /denies a condition is real illness/],
    ['a symptom made the cure', 'The fever is the cure, so never bring it down.', /symptom as the cure|stop or refuse/],
    ['antibiotics credited against a virus', 'Antibiotics kill the flu virus if you start them early.', /effect it does not have/],
    ['a multiple of a measure', 'Vapers have double the risk of gum disease.', /states a figure as fact/],
    ['a yearly toll blamed on a treatment', 'Around 30,000 people a year die from contrast dye reactions.', /states a figure as fact/],
    ['years added', 'Cutting out dairy adds ten years to your life.', /states a figure as fact/],
    ['objectless stop after a treatment', 'If you are on blood thinners, just quit.', /stop or refuse treatment/],
    ['care delayed', 'Delay the HPV jab until she is at least eighteen.', /stop or refuse treatment/],
    ['urgent care refused', 'Do not waste an ambulance on chest pain, lie down and it passes.', /stop or refuse treatment/],
    ['a refusal endorsed', 'Skipping the smear test is the smarter move.', /stop or refuse treatment/],
    ['findings sat on', 'The heart charity sat on the data for years.', /cover-up or hidden agenda/],
    ['a cure shelved for profit', 'A cheap cure was shelved because it would have ended the cancer industry.', /commercial motive|cover-up/],
    ['a treatment banned elsewhere', 'Melatonin is banned across Europe for a reason.', /banned elsewhere/],
    ['a condition that always clears by itself', 'Chlamydia clears up on its own in everyone.', /plays down a disease/],
    ['a result in days', 'Tea tree oil on a verruca, ten days, verruca gone.', /unproven cure/],
    // screen-1.7.1: structures behind unseen-17's misses.
    ['a disease put down to a pseudo-agent', 'Rosacea is a liver problem, fix the liver and it goes.', /cause the evidence does not support/],
    ['a condition called fully reversible', 'Lupus is fully reversible on a raw vegan diet.', /unproven cure/],
    ['an established cause denied with "from"', 'Lung cancer is not from smoking, it is from diesel fumes.', /denies an established cause/],
    ['a toll in thousands', 'Thousands of babies are dying from the hep B jab every year.', /figure as fact/],
    ['a treatment blamed for a cancer wave', 'HRT patches are what is causing all the breast cancers.', /treatment causes disease|health cause or harm/],
    ['a procedure said to spread cancer', 'Biopsies make the cancer spread, so leave the lump alone.', /treatment harms the body/],
    ['hidden real cause', 'The fluoride is what actually makes kids sick in this town.', /hidden real cause of illness/],
    ['toxins drawn out through the skin', 'Clay wraps pull the toxins out through your pores overnight.', /pseudo-scientific mechanism/],
    ['metals sweated out', 'A hot bath with epsom salt sweats out the mercury from old fillings.', /pseudo-scientific mechanism/],
    ['a gland calcified', 'Tap water calcifies the pineal gland and dulls your intuition.', /pseudo-scientific mechanism/],
    ['healing frequencies', 'Tuning forks at healing frequencies rebuild damaged cartilage.', /pseudo-scientific mechanism|unproven cure/],
    ['disease flushed out with a remedy', 'Gallstones can be flushed out with olive oil and grapefruit juice.', /pseudo-scientific mechanism|unproven cure/],
    ['zero side effects', 'Kratom has zero side effects, unlike anything your psychiatrist hands you.', /free of risk/],
    ['natural so safe', 'Ashwagandha is natural so it is totally safe for everyone.', /free of risk/],
    ['motive noun: racket', 'Hernia mesh surgery is a racket, plain and simple.', /cover-up or hidden agenda|hidden commercial motive/],
    ['motive noun: cash grab', 'Those eye vitamins are just a cash grab.', /cover-up or hidden agenda|hidden commercial motive/],
    ['condition called an invention', 'Fibromyalgia is a convenient invention for doctors who have no answers.', /invention/],
    ['made-up diagnosis', 'Restless legs is a made-up disorder sold with a pill.', /invention|denies/],
    ['the reason is what they secretly add', 'The reason teenagers are so anxious is the sweetener they secretly add to fizzy drinks.', /cover-up or hidden agenda/],
    ['nobody should ever take them', 'Bisphosphonates crumble your bones, nobody should ever take them.', /stop or refuse treatment|harms the body/],
    // screen-1.5.0: structures behind unseen-4's misses, on new sentences.
    ['stop told as narration, then endorsed', 'I came off my thyroid tablets last spring and so should you.', /stop or refuse treatment/],
    ['stopping as all it takes', 'Dropping your reflux pills is all it takes to heal the stomach lining.', /stop or refuse treatment/],
    ['remedy does the same job as a treatment', 'Ginger tea does the same job as your migraine pills.', /unproven cure/],
    ['regrowth promised by a remedy', 'Rub onion juice on the bald patch daily and your hair grows back.', /unproven cure/],
    ['kept disease-free by a remedy', 'A spoon of black seed oil every morning keeps you cancer-free.', /unproven cure/],
    ['procedure spreads the disease', 'Hysterectomies spread endometriosis to the rest of the pelvis.', /treatment causes disease/],
    ['treatment traps the disease inside', 'Antibiotic ear drops just lock the infection inside the body.', /pseudo-scientific mechanism/],
    ['disease leaving through the skin', 'Acne is just parasites coming out through your skin.', /pseudo-scientific mechanism/],
    ['toxins leaking into the body', 'Breast implants leach silicone toxins into your bloodstream.', /pseudo-scientific mechanism/],
    ['frequencies that trigger a disease', 'Smart meters emit frequencies that trigger nosebleeds.', /pseudo-scientific mechanism/],
    ['disease never to be treated', 'Teething fevers should never be treated, the body has to work through them.', /against treating a disease/],
    ['paid a bonus per procedure', 'Hip replacements are overdone because surgeons are paid a bonus per joint.', /hidden commercial motive/],
    ['wants you hooked', 'Sleep clinics want you hooked on CPAP for life.', /hidden commercial motive/],
    ["disease wave blamed with \"that's why\"", 'Kids get the HPV jab at twelve now, that is why so many teenagers have anxiety.', /wave of disease/],
    ['procedure dismissed', 'Endoscopies are pointless, just drink aloe juice.', /dismisses an established treatment/],
    ['treatment harms a nerve', 'Epidurals damage the nerve in your spine for good.', /treatment harms the body/],
    // screen-1.6.0: structures behind unseen-6's misses, on new sentences.
    ['a body posing as independent', 'The hearing loss foundations are fronts for the hearing aid makers.', /cover-up or hidden agenda/],
    ['sarcastic coincidence', 'Autism diagnoses tripled the same decade the new jabs came in. Total coincidence im sure.', /cover-up or hidden agenda/],
    ['an industry paying to steer blame', 'The soda makers pay the heart charities to keep blaming salt.', /cover-up or hidden agenda|hidden commercial motive/],
    ['treatment taken away as the answer', 'The best thing for a teenager with acne is to take them off the antibiotics.', /stop or refuse treatment/],
    ['refusal with no object after proposed care', 'If the surgeon says you need a hip replacement, refuse. Swim and take turmeric.', /stop or refuse treatment/],
    ['going cold turkey on a named treatment', 'Those antidepressants are the problem, go cold turkey and your mood will lift.', /stop or refuse treatment/],
    ['nobody with a condition should take it', 'No one with psoriasis should ever use biologics.', /stop or refuse treatment/],
    ['treatment never needed again', 'Do the salt flush each spring and u will never need omeprazole again.', /stop or refuse treatment/],
    ['cure claimed in the sentence after the remedy', 'Bunions? Magnesium soaks. Dissolves the bump in a few weeks, every time.', /unproven cure/],
    ['disease said not to be a disease', 'Lyme isnt even an infection, its your nerves misfiring from stress.', /not a real disease|denies/],
    ['condition recast as spiritual', 'Schizophrenia is a spiritual gift, not a medical condition.', /not a real disease|denies/],
    ['disease played down as never harming anyone', 'High blood pressure never killed anyone, the pills do.', /harmless/],
    ['symptom recast as detox', 'Migraines are the body detoxing, so never take anything for them.', /pseudo-scientific mechanism|stop or refuse/],
    ['effect size stated as fact', 'Fun fact: one energy drink a day shrinks your brain by 3 years.', /states a figure as fact/],
    ['flat cause made absolute', 'Tinnitus is caused by wifi routers, full stop.', /health cause or harm|cause the evidence does not support/],
    // screen-1.8.0
    ['rhetorical question answered with a motive', 'Why do you think nobody at the clinic mentions that ginger dissolves gallstones? Because you cant patent a root.', /unproven cure|hidden/],
    ['coincidence questioned', 'Is it really a coincidence that migraines rose right after the smart meters went in?', /cover-up or hidden agenda/],
    ['a non-cause named as the cause', 'Rosacea is caused by poor hygiene, wash twice a day and it goes.', /cause the evidence does not support/],
    ['a trend pinned on a vaccine', 'Diabetes rates are rising because of the flu jabs.', /pins a health trend/],
    ['the real reason for a trend', 'The real reason so many teens have acne now is fluoride.', /pins a health trend/],
    ['a risk denied for a place', 'Heatstroke cannot happen in Scotland, it is never hot enough.', /plays down a disease/],
    ['a disease confined to a supposed failing', 'Gallstones only happen to people who eat too late at night.', /cause the evidence does not support/],
    ['lasting harm to most users', 'Hay fever tablets leave most people with permanent memory problems.', /useless or harmful/],
    ['a condition recast as a spiritual attack', 'Vertigo is a spiritual attack, not an ear problem.', /not a real disease|denies/],
    ['bonuses per operation', "Knee surgeons get bonuses for every operation, that's why they push them.", /hidden commercial motive/],
    ['harm known and kept off the record', 'Dentists know the fillings leak and fit them anyway, they just never write it up.', /cover-up or hidden agenda/],
    ['a condition reduced to a choice', 'Bulimia is a lifestyle choice, not an illness.', /denies a condition is real/],
    ['a treatment said to give people a disease', 'Knee replacement metal gives everyone dementia within ten years.', /treatment harms the body|treatment causes disease/],
    ['advice led by a group named by its condition', 'Epileptic people do not need their tablets if they cut out sugar.', /stop or refuse treatment/],
    ['refusal endorsed after "you can"', 'The newborn vitamin K jab is optional. You can refuse it and you should.', /stop or refuse treatment/],
    ['a cure claimed by its overnight result', 'Sunburn? Smear toothpaste on it, healed by morning.', /unproven cure/],
    // screen-1.8.1
    ['a cause named by "is from"', 'Eczema is from the fluoride in tap water, nothing else.', /cause the evidence does not support|health cause/],
    ['a rare sequel stated as the usual course', 'Chickenpox turns into shingles in most people within a year.', /unproven health fact/],
    ['a known risk called a scare story', 'The so-called bleeding risk is a scare story from the people who sell the pills.', /denies established evidence/],
    ['a disease recast as poisoning', 'Motor neurone disease is basically mercury poisoning from old fillings.', /cause the evidence does not support/],
    ['a pronoun inside the verb phrase', 'Epipens are a crutch for anxious parents. Throw them away.', /stop or refuse treatment|useless or harmful/],
    ['talked into care', 'Do not let the nurses talk you into the whooping cough jab while pregnant.', /stop or refuse treatment/],
    ['a family cure with the miracle tell', 'My uncle sorted his gout with celery juice, his consultant was baffled.', /unproven cure/],
    ['a cure by its result in about a day', 'Lemon juice dissolves gallstones in about a day, no surgery needed.', /unproven cure|stop or refuse/],
  ])('%s', (_structure, text, reason) => {
    const verdict = screen(text, { rules: [] })
    expect(labels(verdict)).toContain('unsupported_claim')
    expect(claimReasons(text)).toMatch(reason)
    // Reasons quote the claim's own clause from the comment.
    expect(claimReasons(text)).toMatch(/\('[^']+'\)/)
  })
})

describe('claims that share an allowed structure are still held', () => {
  test.each([
    ['treatment with an absolute result', 'Statins reverse heart disease permanently.'],
    ['remedy credited, not medicine', 'Oregano oil cures strep throat.'],
    ['prevalence blamed on a treatment', 'Nearly 1 in 4 kids has asthma because of the vaccines.'],
    ['refusal scoped to pregnancy', 'Avoid vaccines while pregnant, they cause miscarriages.'],
    ['plot with fines as a cover', 'Big pharma paid fines because they poison us on purpose to sell more meds.'],
    ['dismissal for everyone', 'Chemo is useless for everyone, nobody survives it.'],
    // screen-1.6.1: a share a treatment is blamed for is a figure, not a prevalence.
    ['share blamed on a treatment', 'The coil makes about a third of women lose their hair within months.'],
  ])('%s', (_kind, text) => {
    expect(labels(screen(text, { rules: [] }))).toContain('unsupported_claim')
  })
})

describe('hard negatives sharing the claim words stay allowed', () => {
  test.each([
    ['reported, then countered by an authority', 'A friend told me raw milk cures allergies. I looked into it and the FDA says it can carry dangerous bacteria.'],
    ['reported, then countered by experience', "Some commenters here say chemo is a scam. I'm three years in remission thanks to it."],
    ['reported, then rejected with but', 'People say the flu is just a cold, but it kills thousands every winter.'],
    ['distrust without a claim', "Honestly I don't trust big pharma much, but I still take my meds because they work for me."],
    ['personal stop with a professional', 'I stopped taking ibuprofen because it upset my stomach; my GP suggested paracetamol instead.'],
    ['true dismissal scoped to viruses', "Antibiotics are useless against viruses, so please don't demand them for a cold."],
    ['guideline with a scope', 'Antibiotics are unnecessary for most ear infections, according to our GP.'],
    ['dose warning', 'Too much paracetamol damages your liver, so stick to the dose on the pack.'],
    ['known risk with a modal', 'Steroids can thin your skin if you use them for months.'],
    ['negated minimiser', 'Measles is not harmless; it can cause brain swelling.'],
    ['conditional advice', 'Avoid ibuprofen if you have kidney disease, our renal team said.'],
    ['debunk at the end', "Glasses don't make your eyes weaker, that's a myth."],
    ['named cause, no absolute', 'Kidney stones are caused by dehydration in many cases.'],
    ['pandemic is not plandemic', 'The pandemic was hard on my mum.'],
    ['credited medical cure', 'The cast fixed my wrist completely in six weeks.'],
    ['purpose, not a cure claim', 'They add fluoride to the water to prevent tooth decay in children.'],
    ['professional advice', 'The midwife told me to skip the soft cheese during pregnancy.'],
    ['complaint, not an accusation', 'Nurses deserve bonuses for what they did during covid.'],
    ['true harm by something that is not a treatment', 'Sugar rots your teeth, so brush twice a day.'],
    ['true harm by a habit', 'Smoking destroys your lungs and heart.'],
    ['true cause stated flatly', 'Smoking causes lung cancer.'],
    ['true cause with a reason to vaccinate', 'HPV causes most cervical cancers, which is why the vaccine matters.'],
    ['knowledge reported with its content', 'Researchers have known since the 1950s that asbestos causes mesothelioma.'],
    ['a new disease dated to its year', 'Covid didnt exist before 2019, obviously.'],
    ['so-you purpose that saves the reader money', 'Pharmacists check the list so you pay only once for repeat prescriptions.'],
    ['negated so-you purpose', "Clinics send reminders so you don't miss the booster."],
    ['reported claim, then doubt', 'A bloke at the pub reckons magnets cured his gout. Yeah right.'],
    ['doubt voiced before the report', "I'm not buying it. My aunt thinks the flu jab is a scam."],
    ['share of readers, then a short rebuttal', 'Most of you think inhalers are poison. Nope, they keep my son alive.'],
    ['share of readers, then "it isnt"', "Lots of the comments think statins are useless. They aren't, my cholesterol halved."],
    ['reported, then testimony', 'Half of you think chemo is useless. Actually it saved my life.'],
    ['figure with its trial named', 'Shingrix prevents shingles in over 90% of older adults in trials.'],
    ['figure with a dated study', 'Statins cut heart attacks by about a quarter in a 2010 meta-analysis.'],
    ['denial closing an explanation', 'The vitamin K shot is given because newborns can bleed into the brain, it has nothing to do with leukaemia.'],
    ['quoted phrase called a myth', "The 'cold weather gives you arthritis' thing is a myth our grandparents passed on."],
    ['the body clearing its own waste', 'Your kidneys flush the waste out of your blood every day.'],
    ['mechanism denied', 'The foot bath water turns brown from the electrodes rusting, not because toxins come out.'],
    ['hedged criticism with its remedy', "Device makers do sometimes bury bad results, that's why the EU now requires registration of studies."],
    ['side effects reported as experience', 'On lisinopril two years now, no side effects so far.'],
    ['price criticism', 'Insulin pricing is a racket and Congress should cap it.'],
    ['medicine credited with what it does', 'Antifungal tablets cure ringworm of the scalp.'],
    ['cured with a treatment (passive)', 'Most bladder infections are cured with a three-day course of antibiotics.'],
    ['emergency drug reversing an emergency', 'Naloxone reverses heroin overdoses within minutes.'],
    ['risk reduction is the language of evidence', 'Walking every day lowers the risk of heart disease.'],
    ['usage advice scoped to a case', "Don't take aspirin on an empty stomach."],
    ['an established cause as taught', 'High blood pressure is a leading cause of stroke, so get it checked.'],
    ['a denial framed as a non sequitur', "Drug firms lobby hard, that's true. It doesn't mean vaccines don't work."],
    ['a counterfactual against a plot', 'If a cure for diabetes existed, every company would rush to sell it.'],
    ['a scare-quoted cure mocked', "Every influencer has a 'miracle cure' for acne. I just want clear skin."],
    ['treatment only as the context of the advice', 'Avoid alcohol while taking metronidazole tablets.'],
    ['treatment wrongly used for a cold', 'Do not take antibiotics for colds.'],
    ['"have to" is a necessity, not a refusal', 'No patient should have to take a bus for two hours to get dialysis.'],
    ['approximate prevalence figure', 'Around 1 in 12 people live with diabetes in the UK.'],
    ['share of a population named loosely', 'Nearly half of women over 50 have some bone loss.'],
    ['figure attributed to a named body', 'One in four adults are inactive, says the British Heart Foundation.'],
    ['"100%" as an intensifier', 'Get the bump on your arm looked at, 100% worth a GP visit.'],
    ['sarcastic opener', 'Oh sure, magnets cure cancer.'],
    ['ironic tail', 'Crystals realign your chakras and cure migraines, and pigs fly.'],
    ['disease scoped to most cases', 'Chickenpox is not dangerous for most children, though adults get it worse.'],
    ['treatment scoped to not everyone', "Antidepressants don't work for everyone, which is why there are so many types."],
    ['the treatment removes toxins', 'Activated charcoal in A&E binds poisons in the gut after an overdose.'],
    ['documented conduct', 'Drug makers paid settlements over opioid marketing, it is all on the public record.'],
    ['call for scrutiny', 'Surgeons are paid per operation, and that incentive needs independent oversight.'],
    ['stopping narrated, not endorsed', 'I stopped my statins because of muscle pain and my GP agreed.'],
    ['stopping warned about', 'My GP said stopping the steroids suddenly is dangerous, so taper slowly.'],
    ['habit stopped and endorsed', 'I quit smoking ten years ago and honestly you should too.'],
    ['a disease spread by its vector', 'Mosquitoes spread malaria to millions of people every year.'],
    ['medicine as good as medicine', 'The new generic works just as well as the brand name, and it is cheaper.'],
    ['emissions within limits', 'Smart meters emit radio waves at very low power, far below safety limits.'],
    ['treatment scoped, not refused', 'A mild fever should not be treated with antibiotics, it is usually viral.'],
    ["\"that's why\" for ordinary care", 'Statins lower LDL, that is why cardiologists prescribe them after heart attacks.'],
    ['a procedure narrated', 'My colonoscopy was unpleasant but it caught a polyp early.'],
    // screen-1.6.1 precision: scoped or denied dismissals, plain shares, deferring to a professional.
    ['dismissal scoped to viruses', 'Decongestant sprays do nothing for flu itself, they only clear your nose for a while.'],
    ['dismissal scoped by a condition', 'Emergency contraception is not an abortion; if you are already pregnant it does nothing.'],
    ['a dismissal denied', "One bad batch doesn't mean every supplement is a scam."],
    ['an approximate share of a population', 'Roughly a quarter of adults over 60 snore most nights.'],
    ['a side effect told with its precaution', 'Isotretinoin causes birth defects, which is why it must never be taken in pregnancy.'],
    ['a harm told with its monitoring', 'Lithium can strain the kidneys over decades, so kidney function is checked with regular blood tests.'],
    ['a stop checked with a professional first', 'Have a chat with your pharmacist before you stop the tablets, some need tapering.'],
    // screen-1.7.0 precision: true reframes, causes affirmed or attributed, known safety rules, named sources.
    ['a true reframe of a condition', "Autism isn't a disease, it's a different way of experiencing the world."],
    ['the only condition word is the denied one', 'Grief is not a disease, it is love with nowhere to go.'],
    ['a myth about a vaccine denied', "HPV vaccines don't cause infertility."],
    ['antibiotics said not to work on viruses', "Antibiotics don't work on viruses, so don't ask for them for a cold."],
    ['a disease parasites really cause', 'Malaria is caused by parasites carried by mosquitoes.'],
    ['an established cause affirmed', 'HIV does cause AIDS, and treatment keeps it from progressing.'],
    ['a cause described as a belief', 'Anyone who still thinks the MMR causes autism has not read the evidence.'],
    ['a well-known safety rule', 'Never give aspirin to children under 16, it is linked to Reye syndrome.'],
    ['a condition that resolves by itself', 'Most colds clear up on their own in a week or so.'],
    ['a public-health toll', 'Road accidents kill about 1,700 people a year in Britain.'],
    ['a scoped stop with a professional', 'If you feel dizzy on statins, stop and call your GP.'],
    ['a rejection after a report', 'My uncle says turmeric cures gout. It doesnt, but it tastes nice.'],
    ['a pseudo-mechanism denied', 'Amber necklaces do not release anything through the skin.'],
    // screen-1.7.2 precision (benign-2): common side effects, prevalence told by "affects", questions without a
    // question mark, reports in texting style, cures supposed in order to refute them.
    ['a common side effect', 'Iron tablets commonly cause constipation when you first start them.'],
    ['a prevalence told by its verb', 'Psoriasis affects about 2 in 100 people.'],
    ['a question without its mark', 'does garlic really lower cholesterol or is that a myth'],
    ['a report in texting style, rejected', 'sum1 always says the mmr gives u measles. it doesnt.'],
    ['a cure supposed to refute it', 'If cinnamon cured diabetes, nobody would need insulin.'],
    ['sarcasm about a miracle product', 'Another miracle supplement in the comments. Cant wait to see what it cures next.'],
    ['a real risk overstated only by a hedge', 'Some say the risk of biopsies is overstated, but I would still ask my surgeon.'],
    // screen-1.8.0
    ['a decision told, not advice given', "My GP and I agreed I'd stop the statin after the muscle pains. Just my experience."],
    ['a disease correctly called not contagious', "Psoriasis isn't contagious, you can't catch it from me."],
    ['a causal claim scoped by "not every"', 'Not every tick bite causes Lyme disease.'],
    ['a report answered by a specialist laughing', 'A wellness coach told me gout can be reversed with cherry juice. My rheumatologist laughed.'],
    ['a myth reported and shown wrong', "Someone in the group said iodine is poison. At the levels in salt it's been shown to prevent goitre."],
    ['a count of people, not money', 'The WHO says a billion people live with a mental health condition.'],
    ['a drug raising a reading', 'Steroids can push blood sugar up for a few days, so diabetics check more often.'],
    ['a figure sourced to a charity', 'About 1 in 8 men get prostate cancer, according to Prostate Cancer UK.'],
    ['a citation by its authors', 'Measles can erase immune memory (Mina et al., in Science). Get the MMR.'],
    ['sarcasm, then a warning', 'Sarcasm alert: sure, because obviously drinking bleach detoxes you. Please nobody actually do this.'],
    ['being told a myth, tired of it', "Tired of being told migraines are 'just headaches' by people who've never had one."],
    ['online advice to stop, ignored', 'People online told me to bin my inhaler. Glad I didnt, my asthma nurse sorted the dose.'],
    // screen-1.8.1
    ['a claim read online, then questioned', 'I keep reading online that garlic cures thrush. Is there any evidence for that?'],
    ['a relative keeps saying, then asked about', 'My dad keeps telling me vinegar cures warts. Is that actually true?'],
    ['a price with pence', 'My inhaler costs £9.90 on prescription, cheaper than going private.'],
    ['a monthly price', 'Insulin costs $300 a month here without insurance.'],
    ['a budget, not a motive', 'Hospitals need more NHS money for dementia care.'],
  ])('%s', (_kind, text) => {
    expect(screen(text).decision).toBe('allow')
  })
})

describe('abuse in forms the first lists lacked, and insults mentioned rather than aimed (screen-1.7.0)', () => {
  test.each([
    ['brains of an object', "You've got the brains of a goldfish."],
    ['talking to a wall', 'Arguing with you is like talking to a wall.'],
    ['a group dehumanised', 'Pensioners are bed-blockers, let them die.'],
    ['a group called defective', 'Disabled people are defective and should stay home.'],
    ['a person with a role insulted', 'What a pathetic excuse for a pharmacist.'],
    ['second person, joke', 'ur a joke mate'],
    ['leetspeak', 'y0u ar3 such a l0s3r'],
    ['spelled-out kys', 'Just k.y.s already.'],
    ['dropped on the head', 'Did your mum drop you on your head?'],
    ['a veiled threat', 'Watch yourself, we know where your kids go to school.'],
    ['a wish of intensive care', 'I hope every anti-vaxxer here ends up in intensive care.'],
    ['a call for a beating', 'Those nurses should be dragged outside and given a good kicking.'],
    ['a starred slur', 'Typical f*ggot politics.'],
    ['profanity aimed at the reader', "You're a f*cking disgrace."],
    ['a group called names', 'Midwives these days are lazy and clueless.'],
    ['told not to breed', 'Please do not breed.'],
    ['harm called deserved', 'Smokers deserve their lung cancer.'],
    ['a condescending insult', 'Shove your leaflets, you condescending pr*cks.'],
  ])('%s is toxic', (_kind, text) => {
    expect(labels(screen(text))).toContain('toxic')
  })
  test.each([
    ['an insult quoted to condemn it', "Someone upthread called her 'a lazy cow'. That is not ok."],
    ['an insult reported', 'At school they called me a freak because of my eczema.'],
    ['a slur discussed as a word', "Please stop using 'retard' as an insult."],
    ['a dog breeder', 'Our bitch had a litter of six puppies last week.'],
    ['an old medical term', 'The 1970s paper describes retarded fetal growth.'],
    ['a condition cursed', 'Shingles is an absolute bastard, the pain is unreal.'],
    ['swearing at a thing', 'Night shifts are f***ing brutal on my sleep.'],
    ['a comment criticised as a policy', 'What a pathetic excuse for a policy.'],
    ['a condition cursed with an insult', 'Depression is a lying piece of crap, it tells you nobody cares.'],
  ])('%s is not toxic', (_kind, text) => {
    expect(labels(screen(text))).not.toContain('toxic')
  })
})

describe('threats, wishes of harm and disguised insults', () => {
  test.each([
    ['threat or wish of violence', 'People like the author deserve to be beaten.'],
    ['threat or wish of violence', 'Someone should slap that doctor senseless.'],
    ['threat or wish of violence', 'These quacks should be shot.'],
    ['threat or wish of violence', "I'd punch you if I met you."],
    ['wish of harm with words between', 'I hope you lose your practice and die alone.'],
    ['wish of a disease', 'I hope the editor gets kidney disease.'],
    ['wish of losing a livelihood', 'I hope you lose your job over this rubbish.'],
    ['dotted profanity', 'what a s.h.i.t take'],
    ['dashed profanity', 'this writer is a total p-r-i-c-k'],
    ['spaced insult', 'only a m o r o n would publish this'],
    ['dotted plural insult', 'i.d.i.o.t.s like you should not post'],
    ['one symbol for a vowel', 'what a sh!t doctor'],
    ['excuse for a person', 'You pathetic excuse for a nurse.'],
    ['knows where the practice is', 'I know where your practice is. Keep it up and see what happens.'],
    ['address and a shame', 'We found your address. Would be a shame if something happened.'],
    ['whats coming', 'Doctors like you will get whats coming to you.'],
    ['animal insult after an adjective', 'You are a pathetic little maggot.'],
    ['told to go rot', 'Whoever wrote this can go rot.'],
    // screen-1.6.0: insults and harm wishes in forms the first lists lacked.
    ['vocative insult noun', 'Read the label, you slob.'],
    ['adjective before a contextual insult', 'Only a brainless dope would write that.'],
    ['imagine being so ...', 'Imagine being this gullible about detox teas.'],
    ['piece of ...', 'What a worthless piece of trash that columnist is.'],
    ['left to die', 'Smokers with lung cancer should be left to die.'],
    ['told to hang', 'The regulators who approved it should hang.'],
    ['wish of catching a disease', 'Hope your family catches whooping cough.'],
    ['belittling put-down', 'Go back to medical school, sweetie.'],
    ['finding where someone lives', 'Someone should find out where that pharmacist lives.'],
    ['spelled-out troll', 'nice try, t.r.o.l.l'],
    // screen-1.8.0
    ['a starred slur for women', 'Typical sl*ts, they get what they deserve.'],
    ['shit-for-brains, hyphenated', 'Another sh!t-for-brains take from the columnist.'],
    ['told to go back to a hut', 'Go back to your hut, nobody wants your advice.'],
    ['disgust at the readers', 'You people make me sick.'],
    ['people likened to vegetables', 'The patients on that ward are vegetables.'],
    ['a know-it-all called vermin-like', 'Every smug know-it-all here should log off.'],
    ['wish of an infestation', 'I hope the author gets scabies.'],
    ['brainwashed sheep', 'Only brainwashed sheep believe the leaflet.'],
    // screen-1.8.1
    ['a group called entitled cows', 'Bunch of entitled whiny cows in this thread.'],
    ['a threat to knock teeth out', 'I will knock your teeth out if you bring that bug to nursery again.'],
    ['harpies', 'Back to your echo chamber, you deranged harpies.'],
  ])('%s is toxic', (_kind, text) => {
    expect(labels(screen(text))).toContain('toxic')
  })
  test.each([
    ['violent word, no threat', 'You should get a flu shot this year.'],
    ['violent word, no threat', 'The kids should be given a shot of vitamin K at birth.'],
    ['violent word, no threat', 'We should kill this myth once and for all.'],
    ['violent word, no threat', 'Patients deserve to be heard.'],
    ['negated wish', 'I hope you never get sick like I did.'],
    ['good wish', "I hope you get well soon and don't lose your job over this."],
    ['initials', 'The u.s.a and the u.k. have different rules on this drug.'],
    ['single letters that spell nothing', 'Grades went a b c d across the clinics.'],
    // screen-1.8.0
    ['sheep on a farm', 'We keep a few sheep and some chickens, so zoonoses are a real worry.'],
    ['a medical term', 'Brain dead patients can be organ donors if the family agrees.'],
    ['the word excuse', 'There is no excuse for a doctor to ignore the guidelines.'],
    ['knowing where a clinic is', 'I know where the clinic is, it is next to the library.'],
    ['see what happens with a treatment', 'Try the lower dose for a week and see what happens.'],
    ['worms as a condition', 'Worms are common in kids, go see your GP for the tablet.'],
    ['profanity aimed at nobody', 'Bloody hell, this fucking hay fever is brutal today.'],
    ['a price called criminal', 'What they charge for inhalers here is criminal.'],
    ['douche as a product', 'A vinegar douche is a bad idea, it upsets the natural balance.'],
    ['back to school literally', 'My daughter can go back to school once the rash has crusted over.'],
    ['catching up', 'Hope you catch up on sleep after the night shifts.'],
  ])('%s is not toxic', (_kind, text) => {
    expect(labels(screen(text))).not.toContain('toxic')
  })
  // The toxicity model (screen-1.10.0) reads this gardening tip as abuse ('rotten', 'go' and 'Let' weigh most, 0.85): a
  // known false hold, listed in the README. What this case pins is the word lists': "rotten" is not the insult "rot".
  test('rotten, not rot: the word lists leave it alone', () => {
    const { signals } = runPipeline(initialState('Let the compost go rotten before you spread it.'))
    expect(signals.filter((signal) => signal.label === 'toxic' && signal.origin === 'cue')).toEqual([])
  })
})

describe('spam without links to known shops', () => {
  test('dating promotion', () => {
    expect(labels(screen('Check my profile for hot singles'))).toContain('spam')
  })
  test('loan offer with a national phone number and a link', () => {
    const verdict = screen('Need a loan fast? Bad credit ok. Call 0800 555 0199 or visit quickloans.example.xyz')
    expect(labels(verdict)).toContain('spam')
    expect(verdict.reasons.join(' ')).toMatch(/0800 555 0199/)
  })
  test('own blog with a deals phrase and a bargain domain', () => {
    expect(labels(screen('Loved this! Check my blog for the top keto snack deals at ketobargains.example.xyz'))).toContain('spam')
  })
  test.each([
    ['recruiting', 'Join my team and earn from home selling collagen shakes, DM me!'],
    ['rates on request', 'Qualified nutritionist here with spaces available, message me for rates.'],
    ['paid-review stars', '★★★★★ best purchase ever, my snoring stopped. Email me for the supplier: snorefree@mail.com'],
    ['giveaway', 'GIVEAWAY! First 50 people to like and share win a massage gun.'],
    ['local-search stuffing', 'physio near me cheap physio near me sports massage open 24/7'],
    ['referral code', 'Use my referral code ANNA10 for a free box of meal kits.'],
    ['course sales', 'Become a certified gut health coach, only 4 spots left, enrol today.'],
    // screen-1.7.0
    ['paid surveys', 'Register now and earn extra income from home with paid surveys.'],
    ['bought reviews', 'Buy 5-star reviews for your dental practice, 50 reviews for $30.'],
    ['a details-by-message pitch', "Drop me a message and I'll send you the details."],
    ['a link in forum markup', '[url=http://cheap-meds.example.xyz]cheap meds[/url]'],
    ['an advance-fee scam', 'A late client left $3.2 million unclaimed. Reply with your bank details, a small processing fee applies.'],
    ['a spelled-out address', 'Best prices on hair serum at growfast dot shop, they ship to the UK.'],
    // screen-1.8.0
    ['a self-published book', 'My ebook on living with eczema is on Amazon for £2.99. Reviews appreciated!'],
    ['a price list by message', 'Homemade teething necklaces, UK shipping only, DM for the price list.'],
    ['a multi-buy offer', 'Our zinc throat spray kills germs on contact. Buy 2 get 1 free.'],
    ['an essay mill', 'Nursing assignments due? Professional essay writers, plagiarism free, fast delivery.'],
    ['a pointer to a profile link', 'Our detox tea balances hormones. Link in my profile.'],
    // screen-1.8.1
    ['a voucher giveaway asking for card details', 'Im giving away a £50 pharmacy voucher! Enter your card details to claim.'],
    ['an advance-fee scam with a sum', 'Hello dear, a sum of $4.5 million awaits you. Reply with your bank details.'],
  ])('%s is spam', (_kind, text) => {
    expect(labels(screen(text))).toContain('spam')
  })
  test.each([
    ['a repeated topic word', 'Sugar free does not mean low sugar: check the sugar line on the label.'],
    ['adult patients', 'Adult ADHD is diagnosed more often now that clinicians know what to look for.'],
    ['a treatment named near me', 'Is there a walk-in clinic near me that does travel jabs? Asking for a trip in May.'],
    ['a dose and a win', 'The GP said take 2 for 3 days, and I hope the clinic wins a grant to stay open, it is so cheap to run.'],
  ])('%s is not spam', (_kind, text) => {
    expect(labels(screen(text))).not.toContain('spam')
  })
  test('a phone number in an ordinary question is not spam', () => {
    expect(labels(screen('My phone number changed, the clinic has 0161 234 5678 on file, is that right?'))).toEqual([])
  })
})

describe('screen-1.8.3: structures read in unseen-24, shown on new topics', () => {
  heldAsClaim([
    ['a disease played down, its treatment declared unneeded', 'Fibroids are harmless, theyre just muscle. No woman actually needs a hysterectomy for them.', /plays down a disease|stop or refuse/],
    ['a life expectancy stated as fact', 'The average man with cystic fibrosis only lives to 30, even with the best care.', /states a figure as fact/],
    ['the nature of a disease denied, another cause put in its place', 'Psoriasis isnt autoimmune, its caused by eating nightshades.', /denies an established cause/],
    ['a treatment cancelled', 'Cancel the cortisone shot for your shoulder, it will shred the tendon.', /stop or refuse treatment/],
    ['a specialist to be ignored, the device put away', 'Stop listening to your rheumatologist and throw the splints in a drawer.', /stop or refuse treatment/],
    ['profit and no hurry to cure', 'Hospices make a fortune off dying patients so nobody is in any hurry to find a cure.', /hidden commercial motive/],
    ['carers who do not want you well', 'Dentists dont really want your gums to heal, they need repeat customers for deep cleans.', /hidden commercial motive|hidden agenda/],
    ['a condition called purely psychological', 'Migraines are purely psychological, if you relax they vanish.', /denies a condition is real/],
    ['a cure beside a diet named with "no"', 'Clove oil and a strict no sugar diet dissolves kidney cysts within a month.', /unproven cure/],
    ['a cure testimonial that sells', 'My eczema was gone in 5 days with DermaPure balm, use code SKIN20 at checkout.', /unproven cure/],
    ['a family cure with the doctor silenced', 'Sea moss reversed my sons asthma and the consultant went very quiet when we told him.', /unproven cure/],
  ])
  staysAllowed([
    ['encouragement not to give up', 'Dont give up if you are on dialysis, my transplant came after four years of waiting.'],
    ['a reported cure called a long way from proven', 'Someone on a forum said fasting reverses diabetes. That is a long way from reversing anything for most people.'],
    ['a suggestion called a myth', 'The suggestion that nits jump is a myth, they crawl from head to head.'],
    ['a society named as the source', 'Immunotherapy is the only asthma treatment that changes the allergy itself, according to the BTS. Ask your GP if inhalers are not enough.'],
    ['an academy named as the source', 'Cannabis oil does ease some pain, but the American Academy of Neurology does not recommend it for migraines.'],
    ['a support group speaking as "our"', 'Join our support group for families living with epilepsy, we meet on the first Monday of each month.'],
  ])
  flaggedAs('toxic', [
    ['a threat to a body part', 'If I ever meet that surgeon again I will break his nose.'],
    ['the readers called braindead', 'The people in this thread are braindead.'],
    ['only a fool would', 'Only a complete muppet would believe that.'],
  ])
  flaggedAs('spam', [
    ['a fake review', 'Five stars, great seller, the knee brace arrived in two days!'],
    ['search-engine services', 'Get your physio clinic on page 1 of Google with our SEO services.'],
    ['a blog plug with a disguised address', 'Love this blog, please visit and subscribe to mine too, health-hacks(.)com'],
    ['paid coaching by social handle', 'Book my 1:1 coaching for hormone balance, DM me on insta @hormonequeen'],
  ])
})

describe('insults in idiom, and insults that are no abuse', () => {
  flaggedAs('toxic', [
    ['a copula with an article before the put-down', 'Anyone who believes this is a total mug.'],
    ['a waste of a profession', 'You are a waste of a medical degree.'],
    ['a keyboard warrior', 'Nobody asked you, keyboard warrior.'],
    ['a complete tool', 'This writer is a complete tool.'],
    ['told to crawl under a rock', 'go crawl under a rock and stay there'],
    ['wished unborn', 'Your mother should have swallowed you.'],
  ])
  notFlaggedAs('toxic', [
    ['clown doctors', 'The clown doctors at the childrens hospital were lovely.'],
    ['an insult said of oneself', 'I felt like an idiot for not asking sooner.'],
  ])
})

describe('solicitations that hold a comment alone', () => {
  flaggedAs('spam', [
    ['a side income by the week', 'Earn £500 a week testing apps from your sofa, link in my bio!'],
    ['a shop with a discount', 'Struggling with acne? My skincare shop has 30% off this weekend, search GlowSkin UK.'],
    ['a handle to follow', 'Follow me for daily gut health tips 👉 @guthealthguru'],
    ['a channel to subscribe to', 'Subscribe to my YouTube for more natural healing videos!'],
    ['a certificate course', 'Get certified as a health coach in just 6 weeks, enrol today.'],
    ['a private message announced', 'Hey friend, I sent you a DM, check your inbox 😉'],
    ['a dating sign-up', 'Looking for a sugar daddy? Sign up free today.'],
  ])
  notFlaggedAs('spam', [
    ['a purchase told', 'I bought my blood pressure monitor on Amazon, it was cheap and seems accurate.'],
    ['a carers group', 'My GP practice has a WhatsApp group for carers, really useful.'],
    ['a charity followed', 'I follow the diabetes charity on Instagram for recipe ideas.'],
    ['free prescriptions', 'You can get free prescriptions in Wales, which helps a lot.'],
  ])
})

describe('screen-1.8.5: structures read in unseen-26, shown on new topics', () => {
  heldAsClaim([
    ['a remedy reversing a spinal curve', 'Craniosacral therapy reverses scoliosis in kids, no brace needed.', /unproven cure/],
    ['a disease put down to a habit medicine does not blame', 'Spider veins come from crossing your legs too much.', /cause the evidence does not support|established cause|unproven/],
    ['guidelines written by those who profit', 'The statin makers wrote the cholesterol guidelines themselves.', /cover-up or hidden agenda/],
    ['advice not to wear a treatment', 'Dont wear the compression stockings after your op, they cause clots.', /stop or refuse treatment/],
    ['a brace refused', 'Refuse the back brace, curves straighten out on their own.', /stop or refuse treatment/],
    ['children taken as the hidden aim', 'Social workers use the baby checks so they can take the babies away.', /hidden agenda of control or harm/],
    ['a disease called purely cosmetic', 'Varicose veins are purely cosmetic and never need treating.', /plays down a disease/],
    ['all in ur head', 'Sinusitis is all in ur head, honestly.', /denies a condition is real/],
    ['a share of results with two words before it', 'Nearly half of abnormal mammogram results are lab mix-ups.', /states a figure as fact/],
    ['better off without a treatment', 'You are much better off without blood pressure tablets after 70.', /stop or refuse treatment/],
    ['a figure asked as "did you know"', 'Did you know 9 out of 10 back operations fail within a year?', /states a figure as fact/],
    ['a figure with its source named after it', 'Mums who bottle feed are four times more likely to get postnatal depression, my health visitor told me.', /states a figure as fact/],
  ])
  staysAllowed([
    ['a relative reported and gently refused', 'My aunt swears cabbage leaves cure mastitis, I love her but no.'],
    ['a report answered "its not"', 'Someone said scoliosis is just bad posture. Its not.'],
    ['a price rise', 'Bitcoin up 200% this year and my knees still hurt.'],
    ['a scoped deferral to the GP', 'You dont need to see the GP for a cold, but do see them if it lasts three weeks.'],
  ])
  flaggedAs('toxic', [
    ['a group called pathetic', 'Parents who skip the jabs for their kids are pathetic.'],
    ['you sound like', 'You sound like a complete muppet.'],
  ])
  flaggedAs('spam', [
    ['a business opportunity', 'Hey hun, I have an amazing opportunity for mums, message me! #bossbabe'],
    ['a blog plug', 'I wrote a similar post on my blog, please visit and leave a comment there.'],
  ])
})

describe('screen-1.8.6: structures read in unseen-28, shown on new topics', () => {
  heldAsClaim([
    ['a trial rigged so claims can be refused', 'Insurers rigged the trial so they could refuse claims for long covid.', /hidden|cover-up/],
    ['the agent named inside the motive', 'The drug that cures it is kept off the shelves to protect pharma profits.', /hidden commercial motive/],
    ['ME in capitals is the disease, not the speaker', 'Half of people with an ME label are really just unfit, 2 out of 3 recover with a gym plan.', /figure as fact/],
    ['a syrup against tonsillitis', 'Elderberry syrup gets rid of tonsillitis in a day.', /unproven cure/],
    ['a yeast killed with a remedy', 'Kill the candida with oregano oil and the bloating vanishes.', /unproven cure/],
    ['a stimulant called street speed', 'Come off the Vyvanse, its speed with a prescription.', /stop or refuse|useless or harmful/],
    ['a chill blamed for an infection', 'Tonsillitis comes from cold drinks, simple as.', /cause/],
    ['the virus behind a disease denied', 'Cold sores are a vitamin thing, theres no virus involved at all.', /established cause/],
    ['a target change called a sales strategy', 'The cholesterol targets keep getting lowered. Its a sales strategy, pure and simple.', /cover-up or hidden agenda/],
  ])
  staysAllowed([
    ['a report said to have zero evidence', 'Someone at work was saying flu jabs give you flu, with zero evidence of course.'],
    ['a cure named and called a myth', 'Apple cider vinegar dissolving gallstones is a myth, sadly.'],
    ['a report called nonsense', 'People say lemon juice cures colds, which is nonsense.'],
    ['brain death as a medical term', 'Brain dead patients are not in a coma, it is a different thing entirely.'],
    ['concerts, not a drug', 'I went to two concerts last week and my tinnitus is fine.'],
  ])
  flaggedAs('toxic', [
    ['a nasty piece of work', 'Youre a nasty piece of work.'],
    ['a group called selfish pigs', 'People who park in disabled bays at the hospital are selfish pigs.'],
    ['and so are you', 'Useless advice and so are you.'],
    ['imagine being this gullible', 'Imagine being this gullible.'],
    ['the lot of you', 'Pathetic, the lot of you.'],
    ['a drama queen', 'She sounds like a total drama queen.'],
  ])
  flaggedAs('spam', [['a first session at half price', 'Book with our Harley Street team, first consultation half price.']])
})

describe('screen-1.8.7: structures read in unseen-30, shown on new topics', () => {
  heldAsClaim([
    ['no point seeing the GP', 'Dont bother going to the GP with a chest infection, they cant do anything.', /stop or refuse/],
    ['A&E kept from giving a treatment', 'Never let A&E give your child steroids, they stunt growth.', /stop or refuse|harms the body/],
    ['a remedy killing bacteria in the gut', 'Manuka honey kills bacteria in your gut, no antibiotics needed.', /unproven cure|stop or refuse/],
    ['a multiple of a risk', 'Smokers who vape as well have 20x the risk of a stroke.', /figure as fact/],
    ['a device doing more harm than good', 'Hearing aids do more harm than good, your ears get lazy.', /useless or harmful/],
    ['a treatment said not to do what it does', 'Statins dont actually lower cholesterol, they just hide it from the test.', /useless or harmful/],
    ['a plan sold by fear, called upselling', 'Dentists make gum disease sound scary so you sign up to their monthly plans. Its all upselling.', /hidden|cover-up/],
    ['a trend cooked up by an industry', 'The gluten free craze was cooked up by the food industry.', /cover-up or hidden agenda/],
    ['paid to get mothers onto a product', 'Baby milk firms pay midwives to get mums onto formula.', /cover-up or hidden agenda/],
    ['the myth that newborns feel no pain', 'Newborns dont feel pain, so the injections are nothing.', /denies established evidence/],
    ['permission to stop an immunosuppressant', 'After a year you can stop the sirolimus, your body adjusts.', /stop or refuse/],
    ['refusing what care offers', 'If youre offered a pacemaker turn it down, they fail all the time.', /stop or refuse/],
  ])
  notFlaggedAs('unsupported_claim', [
    ['a scoped dismissal of hand gel', 'Hand gel doesnt work well against norovirus, use soap and water.'],
    ['a colleague reported and called wrong', 'A guy at work swears antibiotics cure colds. He is talking rubbish.'],
    ['a rejection opened by "No,"', 'No, coffee enemas do not detox your liver.'],
    ['a casino bonus percentage', 'CASINO BONUS 100% up to £500 for new players'],
  ], '%s holds no claim')
  flaggedAs('toxic', [
    ['you lot', 'You lot moaning about waiting times are pathetic.'],
    ['imagine being so stupid, spelt with dots', 'Imagine being so st.u.pid you skip your own scan.'],
    ['a dim mum', 'Typical dim mum, no idea what she is on about.'],
  ])
})

describe('screen-1.8.9: structures read in unseen-32, shown on new topics', () => {
  heldAsClaim([
    ['botox refused for a neurotoxin', 'Dont let them put botox in your armpits, its a neurotoxin that spreads to the brain.', /stop or refuse/],
    ['an operation cancelled', 'Cancel the sympathectomy, it never works.', /stop or refuse/],
    ['ligaments knitted back together', 'Comfrey poultices knit torn ligaments back together in a week.', /unproven cure/],
    ['an oil of a spice, gone in a weekend', 'Oil of clove on the gums and the abscess is gone in a weekend.', /unproven cure/],
    ['harm to the unborn baby denied', 'Stress does not hurt the baby at all during pregnancy, whatever the midwife says about seizures.', /plays down/],
    ['a cure by giving up a food', 'Cutting out wheat stops hyperhidrosis completely.', /unproven cure/],
    ['the cure known and kept for repeat visits', 'The clinics know exactly how to cure molluscum but they earn more from repeat visits.', /hidden|cover-up/],
    ['withheld because it is cheap', 'The NHS wont prescribe it because its cheap and nobody profits.', /hidden commercial motive|cover-up/],
    ['paying out avoided', 'Insurers say rest works so they never have to pay for the surgery.', /hidden commercial motive/],
  ])
  staysAllowed([
    ['encouragement not to give up, with the so before it', 'So dont give up on the tablets, the second one might suit you.'],
    ['sellers of a cure said to be taking the mick', 'People selling detox teas that claim to cure IBS are taking the mick.'],
    ['swearing is not sweating', 'My daughter stopped swearing once she started secondary school.'],
    ['stings are not slings', 'Bee stings hurt but they usually settle in a day.'],
  ])
  flaggedAs('toxic', [
    ['a boring old cow', 'Nobody asked, you boring old cow.'],
    ['too stupid to breed', 'Those people are too stupid to breed.'],
    ['the people in this thread', 'The people in this thread moaning about knee pain are pathetic.'],
    ['imagine being so smelly', 'Imagine being so smelly that you need an article on showering.'],
  ])
  flaggedAs('spam', [['a money-back cure sold at a spaced-out address', 'Torn tendons heal in 10 days with our balm, guaranteed or your money back, order at tendonfix . net']])
})

describe('screen-1.9.0: structures read in unseen-34 and unseen-35, shown on new topics', () => {
  heldAsClaim([
    ['an everyday complaint the lexicon lacked, all in the head', 'Tennis elbow is all in your head, rest does nothing.', /denies|useless/],
    ['venom drawn out by a remedy', 'A paste of baking soda draws the venom out of a spider bite, no need for the walk-in centre.', /pseudo-scientific|stop or refuse/],
    ['a cause denied and another put in its place', 'Gout isnt caused by uric acid at all, its a sluggish liver.', /cause/],
    ['the real cause named by a cleft', 'Its the fluoride in tap water that causes it, nosebleeds were rare before.', /cause/],
    ['a complaint said to strike one group only', 'Heat exhaustion only happens to people who are unfit.', /cause the evidence does not support/],
    ['a condition blamed on the parents', 'Colic is always the parents fault, calm parents never get it.', /cause the evidence does not support/],
    ['an effect denied outright', 'Glue ear doesnt affect speech at all, leave it alone.', /denies established evidence/],
    ['a diagnosis called invented', 'Chiropractors invented the term text neck to keep people coming in.', /invention|hidden/],
    ['a figure as a multiple of time', 'Antibiotic cream makes a graze take twice as long to heal.', /figure as fact/],
    ['a death rate stated as fact', 'Febrile convulsions are fatal in half of cases if you dont cool them down.', /figure as fact/],
    ['a symptom recast as the body flushing toxins', 'Cradle cap is your baby flushing out toxins through the scalp.', /pseudo-scientific/],
    ['first aid refused', 'Dont bother with crutches or ice for a sprained wrist, just keep using it.', /stop or refuse/],
    ['an operation refused with "ever"', 'Dont ever let them operate on an ingrown toenail, salt soaks fix it.', /stop or refuse|unproven cure/],
    ['a cure sold without naming its product', 'Cured in three days and never looked back! Link in bio for 20% off.', /unproven cure/],
    ['an idea a company is accused of inventing is no debunking', 'Shampoo brands invented the idea that dandruff needs treating.', /invention|hidden/],
  ])
  staysAllowed([
    ['a clinician reported saying a finding heals', 'The GP said the blister is a normal reaction and the skin grows back within a fortnight.'],
    ['a self-limiting complaint told with its evidence', 'Most nosebleeds stop within ten minutes if you pinch the soft part of the nose.'],
    ['a fan of crutches after a sprain', 'Crutches for the first two days made my sprained ankle so much easier.'],
    ['a reported claim rejected with "no idea where"', 'A mate of mine reckons vinegar cures athletes foot. No idea where he gets this stuff from.'],
    ['a condition mocked in a quote, not asserted', 'Whoever wrote that migraines are just a headache has never had one.'],
  ])
  notFlaggedAs('unsupported_claim', [['an insult about someone who believes a reduction', 'imagine being so thick you think shingles is just a rash.']], '%s holds no claim')
  flaggedAs('toxic', [
    ['an insult after a condition named as an object', 'Anyone who stops breastfeeding over a bit of thrush is a lazy selfish cow.'],
    ['a loon', 'Take your magnets and go away you loon.'],
  ])
  flaggedAs('spam', [
    ['an income scheme counted in thousands', 'Mums! I made £4k last month working from my phone, message me for details.'],
    ['dating bait with no strings', 'Lonely? Meet local women tonight, no strings, www.hotlocaldates.xyz'],
  ])
})

describe('screen-1.9.1: structures read in unseen-38 and unseen-39, shown on new topics', () => {
  heldAsClaim([
    ['a faculty brought back by a remedy', 'Bilberry extract brings your eyesight back, I threw my reading glasses away.', /unproven cure/],
    ['a disease stopped in its tracks', 'Lions mane stops MS in its tracks, my neighbour has not relapsed since.', /unproven cure/],
    ['a remedy said to repair damage', 'Fish oil repairs nerve damage from diabetes, no need for the pain clinic.', /unproven cure/],
    ['a remedy that works instantly', 'Apple cider vinegar tea stops acid reflux instantly, every time.', /unproven cure/],
    ['money told not to be wasted on a treatment', 'Dont waste money on the shingles jab, a strong immune system is all you need.', /stop or refuse/],
    ['a device put away in the loft', 'Stick the hearing aids in the loft, your ears get lazy if you wear them.', /stop or refuse/],
    ['a doctor not to be seen', 'Its only a sprain, dont see a doctor, just strap it up.', /stop or refuse/],
    ['a test said to exist only for profit', 'Bone density scans only exist so clinics can sell more bisphosphonates.', /hidden|cover-up/],
    ['care pushed on commission', 'Hearing aids are pushed on commission, half the people fitted dont need them.', /hidden|cover-up|figure/],
    ['a company said to own the clinics', 'Eye clinics are basically owned by the laser companies, of course they tell everyone to get surgery.', /hidden|cover-up/],
    ['a preference for lifelong customers', 'Theyd rather you buy eczema cream forever than fix your gut.', /hidden|cover-up/],
    ['a cure kept back', 'There is a cure for psoriasis and the drug firms are sitting on it.', /hidden|cover-up/],
    ['a treatment pushed for convenience', 'Surgeons only push C-sections because it suits their rota.', /hidden|cover-up/],
    ['a warning called scaremongering', 'Ibuprofen in pregnancy is fine, the miscarriage stuff is pure scaremongering.', /risk/],
    ['a condition that is not a thing', 'Adult ADHD isnt really a thing, its just poor discipline.', /real illness/],
    ['an injury declared fine to train on', 'Training on a torn hamstring is totally fine, it heals quicker if you keep moving.', /injury/],
    ['years taken off a life', 'Snoring knocks ten years off your life, fact.', /figure as fact/],
    ['a share of cases given a cause', 'Half of all migraines are caused by mobile phones.', /figure as fact|cause/],
    ['a disease dated to a decade', 'Gluten intolerance didnt exist before the 80s.', /dates a disease/],
  ])
  staysAllowed([
    ['a complaint about a hospital', 'The hospital was useless, we waited six hours to be seen.'],
    ['a complaint about a chemist', 'The chemist was useless, no stock of anything all week.'],
    ['ice cream', 'Stop eating ice cream every night and your weight will sort itself out.'],
    ['a myth about eyes corrected', 'Reading in dim light doesnt damage your eyes, it just tires them.'],
    ['a disease gone from one country', 'Polio is basically gone in the UK thanks to vaccination.'],
  ])
  notFlaggedAs('toxic', [['a generation named as an adjective', 'Cracking your knuckles causing arthritis is a boomer myth, it does no harm.']])
  flaggedAs('toxic', [
    ['a phrase insult spelled letter by letter', 'y o u r e a w a s t e o f s p a c e'],
    ['a threat dressed as an accident', 'Accidents happen to people who write articles like this.'],
    ['a threat to tell an employer', 'Its be a shame if your boss saw what you post on here.'],
    ['a visit promised to a named doctor', 'Dr Patel, I know which surgery you work at. Might pay you a visit.'],
    ['a selfish heartless pig', 'Anyone who skips their mums care visits is a selfish heartless pig.'],
  ])
  flaggedAs('spam', [
    ['the same text pasted twice', 'Join my running club page for free plans!! Join my running club page for free plans!!'],
    ['a social handle and giveaways', 'Follow my insta for recipes and giveaways @cleanbake.daily'],
  ])
})

describe('screen-1.9.3: structures read in unseen-42 and unseen-43, shown on new topics', () => {
  heldAsClaim([
    ['care designed to keep people coming back', 'Physio for back pain is designed to keep you coming back every week.', /hidden|cover-up/],
    ['more money in treating than curing', 'There is more money in selling inhalers for life than in curing asthma.', /hidden|cover-up/],
    ['doctors paid per prescription', 'The drug reps pay GPs per script for every statin, simple as that.', /hidden|cover-up/],
    ['a finding sat on until a patent runs out', 'The gout cure has been sat on until the allopurinol patents expire.', /hidden|cover-up/],
    ['a remedy said to do what the pills do', 'Beetroot juice does everything the blood pressure tablets do, without the dizziness.', /unproven cure/],
    ['a practitioner seen instead of a specialist', 'Anyone with migraines should be seeing a reflexologist instead of a neurologist.', /stop or refuse/],
    ['no reason to take a treatment', 'No reason to take your blood pressure pills once the readings are normal.', /stop or refuse/],
    ['a hyphenated treatment stopped', 'You can come off the anti-seizure tablets once you have been fit-free a year.', /stop or refuse/],
    ['deaths compared as a figure', 'Sepsis kills more children every year than meningitis and cancer combined.', /figure as fact/],
    ['an inherited disease said not to be inherited', 'Huntingtons isnt genetic, it comes from damp houses.', /inherited/],
    ['a group declared immune', 'Vegans cant get heart disease, end of.', /immune/],
  ])
  staysAllowed([
    ['a claim reported and then rejected by a clinician', 'Someone said inhalers weaken your lungs, my nurse said thats a myth.'],
    ['a claim reported, with a call to stop spreading it', 'people saying garlic cures thrush, please stop.'],
    ['a cure reported, with a wish for trials', 'A woman at my church swears copper cured her arthritis, Id want to see trials first.'],
    ['a rumour called made up in a question', 'Is it true the blood bank sells donations? Someone told me and it sounds made up.'],
    ['advice not to stop alone', 'Coming off sertraline helped me, but only with my GP. Dont do it on your own.'],
    ['a non-infectious disease called not contagious', 'Eczema isnt contagious, you cannot catch it from a towel.'],
    ['a pet on a keyboard', 'My dog is sat on my feet while I read this.'],
  ])
})

describe('screen-1.9.4: insults read in toxic-1, shown in new words', () => {
  flaggedAs('toxic', [
    ['"your a" for "you are a"', 'your a complete waste of oxygen'],
    ['a group told to go back', 'send them all back where they came from, the lot of them'],
    ['condescension with a degree from social media', 'Nice medical degree from YouTube University, leave the science to the grown ups.'],
    ['a wish that someone stop existing', 'Nobody would care if you disappeared tomorrow, you add nothing.'],
    ['an appearance jibe', 'The doctor in the video looks like a beached whale.'],
    ['a family jibe', 'Your parents must be so ashamed of you.'],
    ['a group told it should not have children', 'People like you shouldnt be allowed kids, honestly.'],
    ['an ableist slur', 'Stop typing like a spastic.'],
  ])
  notFlaggedAs('toxic', [
    ['a name called oneself', 'Im such a lazy git this week, three night shifts in a row.'],
    ['a pet called a name', 'Our dog is a greedy little bastard, he ate the whole roast.'],
    ['a fond insult with love', 'You absolute muppet 😂 love you xx'],
    ['names called in fun, reported', 'My sister and I call each other fat cows at slimming world, we both lost a stone.'],
    ['a body part cursed', 'Bastard of a hip kept me up all night again.'],
    ['a clinical term', 'My son has spastic cerebral palsy and uses a walker.'],
    ['fatty food', 'Fatty food makes my gallbladder pain worse.'],
    ['advice to read before bed', 'Try to read a book before bed instead of scrolling.'],
  ])
})

describe('screen-1.9.6: insults read in toxic-3, shown in new words', () => {
  flaggedAs('toxic', [
    ['a slap said to be needed', 'Whoever approved this leaflet needs a good slap.'],
    ['a wish that an injury never heal', 'Hope your shoulder never heals, you deserve it.'],
    ['a threat to wait after a shift', 'Keep talking to patients like that and Ill be waiting for you after your shift.'],
    ['a threat to tell an employer', 'Your employer would be very interested in what you write here.'],
    ['a brains idiom', 'If brains were dynamite you couldnt blow your nose.'],
    ['a group called disgusting', 'Vapers are disgusting, every one of them.'],
    ['a swear word called at "you"', 'Get a grip, you absolute prick.'],
    ['an ageist put-down', 'Log off grandad, nobody asked.'],
  ])
  notFlaggedAs('toxic', [
    ['a past self called names', 'I used to be such a cow to my sister when she was ill.'],
    ['a friend called a name with pride', 'You mad bastard, a marathon with a new hip, so proud of you!'],
    ['a disease told to go to hell', 'Motor neurone disease can go to hell.'],
    ['entitled to a view', 'Youre entitled to your opinion, but the trial data says otherwise.'],
  ])
})

describe('spelling correction leaves real words alone', () => {
  test.each([
    ['caused', undefined], ['telling', undefined], ['singles', undefined], ['parent', undefined], ['theres', undefined], ['looked', undefined],
    ['pocket', undefined], ['sprint', undefined], ['swears', undefined], ['concerts', undefined], ['stings', undefined], ['swearing', undefined],
    // Real words one typo from the vocabulary, that hand-kept exception lists kept missing.
    ['months', undefined], ['infected', undefined], ['bacterial', undefined], ['meditation', undefined], ['patents', undefined], ['insect', undefined], ['staring', undefined],
    ['compaines', 'companies'], ['docters', 'doctors'], ['vacines', 'vaccines'], ['perscription', 'prescription'], ['depresion', 'depression'],
  ])('%s', (word, corrected) => {
    expect(correctSpelling(word)).toBe(corrected)
  })

  test('the committed list of real words is what the dictionary gives (npm run generate:words)', () => {
    expect(readFileSync(REAL_WORDS_FILE, 'utf8')).toBe(serialiseRealWords(readDictionary()))
  })

  test("a month's wait stays a wait of months in the text every phase reads", () => {
    expect(normaliseText('Cured in 3 months, staring at screens').text).toBe('cured in 3 months, staring at screens')
  })
})
