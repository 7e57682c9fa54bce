"""The casualty vocabulary: the cue words of deaths and injuries, the words that stop a count's noun
phrase, attackers, people, places, animals, toll and tally words, the two sides of a clash. Read by
the casualty modules (:mod:`whimbrel.casualty_counts`, ``casualty_cues``, ``casualty_unnumbered``,
``casualty_syntax``, ``casualty_reports``, ``casualty_tolls``). Word lists written by the team."""

from __future__ import annotations

import re

from . import numbers
from .numbers import phrases, ws
from .types import Count

NOT_AFTER_A = ws("the a an in of on at from with to for by who which")
NOT_AFTER_ONE = NOT_AFTER_A | ws("were are have their they")
DEAD_PASSIVE = ws(
    "killed dead died slain massacred executed perished murdered beheaded lynched "
    "assassinated deaths fatalities drowned neutralised neutralized martyred deceased"
)
INJ_PASSIVE = ws("wounded injured hurt maimed hospitalised hospitalized injuries")
TRANSITIVE = {
    **{
        w: "dead"
        for w in ws(
            "kill kills killed killing slew massacred massacring executed executing murdered murdering "
            "lynched lynching beheaded beheading assassinated assassinating neutralised neutralized hanged "
            "neutralising neutralizing neutralise neutralize martyred martyring slaying slays eliminated "
            "eliminating"
        )
    },
    **{
        w: "injured"
        for w in ws("wound wounds wounded wounding injure injures injured injuring maimed maiming hurting")
    },
}
PASSIVE_AUX = ws("were was been are is being be got get")
AFTER_INTRANSITIVE = ws(
    "in on at during when after by as and while near following amid overnight yesterday today last this "
    "early late since inside outside across around before with because including so but or from "
    "per according"  # "4x militants KIA per ISPR", "were killed according to the army"
)
BREAK = ws(
    "and or but while when after before as which that said says say told including than if "
    "because since per whom whose where"
)
MONTHS = ws(
    "january february march april june july august september october november december jan "
    "feb mar apr jun jul aug sep sept oct nov dec"
)
UNIT_WORDS = MONTHS | ws(
    "% percent per km kilometres kilometers kilometre kilometer miles mile metres meters years year months "
    "month weeks week days day hours hour minutes minute seconds times am pm o'clock degrees kg tons tonnes "
    "dollars euros pounds rupees naira cents feet points rockets rocket missiles missile shells bombs "
    "mortars rounds vehicles cars houses homes buildings villages towns shots families family households "
    "shophouses shops stalls huts shelters workshops"
)
# things burned or destroyed, never a victim: "12 shophouses and 8 vehicles were burned"
PROPERTY = ws("house home building village town shophouse shop stall hut shelter workshop vehicle car")
PRE_BLOCK = MONTHS | ws(
    "aged age ages no number route flight resolution article page ward room highway "
    "chapter section bus gate rs inr usd $ £ € us$ sh kes ngn may"
)
ATTACKERS = ws(
    "attacker attackers assailant assailants gunman gunmen bomber bombers perpetrator "
    "perpetrators hijacker hijackers kidnapper kidnappers raider raiders"
)
# the attackers as a group told of before ("troops killed 11 of the attackers", "all four gunmen"):
# wider than ATTACKERS, whose words flag a count as the attackers' own loss wherever it stands
# ("three militants were killed" may be the victims of a raid, so militants are not in ATTACKERS)
ATTACKER_GROUPS = ws(
    "attackers assailants gunmen militants raiders insurgents bandits terrorists robbers kidnappers "
    "rustlers rebels jihadists separatists pirates gang"
)
# shooting verbs before a victim and "dead": "shot one of them dead", "shot the attacker dead"
SHOOT = ws("shot shoot shooting shoots")
# things the tagger may take for a cue's subject ("two men on a motorbike shot dead ..."): no victims
VEHICLES = ws("motorbike motorcycle car vehicle truck lorry bus minibus van boat drone jet helicopter tank")
POSSESSIVES = ws("his her their its")
# "a double murder" is two dead: the words and the number of victims they tell
MULTIPLE_KILLINGS = {"double": 2, "triple": 3, "quadruple": 4}
KILLING_OF = ws(
    "deaths death massacre massacres killing killings murder murders execution executions martyrdom"
)
# "the wounding of two other soldiers", "the injury of two others": the nouns of wounding
WOUNDING_OF = ws("wounding injuring injury")
TO_DEATH = ws(
    "beaten beat stabbed stab burned burnt hacked hack macheted shot clubbed stoned crushed trampled "
    "strangled bludgeoned beating stabbing burning hacking clubbing stoning crushing trampling strangling "
    "shooting bludgeoning"
)
PERSON_NOUNS = ws(
    "survivor lad lass youth youngster "
    "person man woman boy girl child teenager baby infant wife husband son daughter brother sister "
    "father mother uncle aunt nephew niece cousin grandson granddaughter grandfather grandmother "
    "chief headman leader commander commissioner mayor governor councillor councilor official officer mp "
    "policeman policewoman soldier journalist reporter editor photographer cameraman blogger activist "
    "defender priest pastor imam cleric bishop monk nun teacher headmaster principal student doctor "
    "nurse farmer trader businessman businesswoman driver judge lawyer prosecutor lawmaker senator "
    "legislator candidate minister president chairman chairperson director guard bodyguard villager "
    "resident civilian protester demonstrator suspect prisoner detainee hostage victim politician "
    "diplomat ambassador envoy missionary worker volunteer escort colleague companion friend relative "
    "neighbour neighbor aide assistant associate deckhand crewman sailor fisherman herder herdsman shepherd "
    "miner labourer laborer porter pilot passenger customer shopkeeper vendor hunter ranger warden "
    "watchman servant maid partner fiance fiancee guest host constable vaccinator deacon worshipper "
    "pilgrim inmate passerby bystander tribesman militiaman jawan couple catechist seminarian operator "
    "technician engineer mechanic contractor employee staffer paramedic medic midwife conductor clerk "
    "lecturer professor pupil schoolboy schoolgirl toddler widow widower elder motorist commuter "
    "pedestrian cyclist boatman trucker courier schoolteacher headteacher housewife gardener chauffeur "
    "coordinator organiser organizer collector apprentice guide helper manager owner cook waiter cleaner "
    "sweeper caretaker tenant supervisor foreman mason carpenter tailor barber butcher welder electrician "
    "hawker motorcyclist mourner voter accountant cashier secretary interpreter translator trainee "
    "recruit cadet veteran pensioner refugee migrant presenter broadcaster anchor columnist "
    "brother-in-law sister-in-law son-in-law daughter-in-law father-in-law mother-in-law stepson "
    "stepdaughter deputy spokesman spokeswoman treasurer turnboy turn-boy tourist visitor holidaymaker "
    "traveller traveler rider farmhand waitress stewardess hostess seamstress headmistress actress "
    "singer musician dancer artist footballer player coach referee athlete member passer-by peacekeeper "
    "vigilante gendarme trooper airman sergeant corporal lieutenant colonel woodcutter logger fisherwoman "
    "chef firefighter rescuer sheikh chieftain patient seller dealer buyer grocer baker weaver blacksmith "
    "salesman saleswoman hairdresser"
)
PLACE_NOUNS = ws(
    "town village city district region province state community suburb neighbourhood neighborhood area "
    "settlement hamlet municipality county camp"
)
# the words for the dead found: "14 bodies were found", "received five bodies and nine injured men"
BODIES = ws("body bodies corpse corpses")
DISCOVERED = ws("found discovered recovered dumped exhumed retrieved uncovered pulled")
SPEECH = ws("said says say told tells according reported reports added claimed")
ANIMALS = ws(
    "cattle cows cow goats goat sheep camels camel livestock animals animal chickens birds pigs horses "
    "donkeys dogs heads"
)
SUBSET_BEFORE = ws("including among incl includes included besides")
SUBSET_AFTER = phrases("of them", "of whom", "of those", "of the dead", "of the victims")
TOLL_VERBS = ws(
    "rose risen climbed reached has have had stood stands stand is was at to of increased "
    "jumped hit now further mounted up from the climbing rising reaching been raised put "
    "officially remains remained reportedly"
)
TALLIED = {
    "dead": "dead",
    "deaths": "dead",
    "fatalities": "dead",
    "deceased": "dead",  # "the number of deceased is now eight"
    "killed": "dead",
    "injured": "injured",
    "wounded": "injured",
    "injuries": "injured",
}
TAKE_LIVES = ws("claimed claiming claim claims took taking take takes cost costing costs")
REVISED = ws("revised corrected lowered raised updated adjusted")
# verbs of coming through harm, whose object is the harm, never a victim: "suffered burns",
# "received a stab wound", "survived with injuries"
SUFFERED = ws("suffered sustained survived escaped received suffers sustains")
LOST_MEN = {(w,) for w in ws("men soldiers troops fighters officers policemen members personnel people")}
TALLY_OWNERS = ws("death casualty fatality its their the")
# the nouns a toll is told as ("the death toll rose to 7", "the number of people killed")
TALLY_NOUNS = ws("toll number tally count figure")
# how a tally tells what is known of its dead: "the number of people known to have died"
KNOWN_TO_HAVE = ws("known confirmed believed thought reported said")
ASIDE_OPENERS = ws("first initially earlier previously originally which")
RISE = ws("rose risen climbed increased jumped mounted rising climbing raised")
CUE_HINT = re.compile(
    r"kill|dead|deceased|die|wound|injur|hurt|death|fatal|casualt|slain|slew|slay|massac|execut|"
    r"perish|murder|maim|hospital|gunned|lives|lost|alive|toll|drown|behead|lynch|succumb|bullet|shrapnel|"
    r"assassin|bodies|corpses|body|corpse|neutrali|eliminat|martyr|hanged|unconscious|shot them|throat|"
    r"(?:being|were|was) treated|receiving treatment|burns|injuries|arrow|on himself|on herself|own life|"
    r"shot in|hit in|without life|deprived of|sent to hell|(?:supreme|ultimate) (?:price|sacrifice)|"
    r"loss of|losses of|out of action|fell (?:in|during)|buri|bury|cremat|laid to rest| condition|treatment"
    r"|none of the"
    r"|(?-i:\b(?:"
    + "|".join(numbers.CASUALTY_ABBREVIATIONS)
    + r")\b)",  # a security report's "3x KIA, 2x WIA"
    re.IGNORECASE,
)

# two-sided fighting: an attackers' fall told of the fighting ("in the ensuing gun battle") adds to the toll
FIGHTING = ws(
    "clash clashes clashed clashing fighting fight fights fought battle battles battled "
    "gunbattle gunfight gunfights firefight firefights shootout skirmish skirmishes exchange "
    "exchanged fire-fight gun-battle"
)
# another report, not another incident: "In a separate statement, the army said ..."
ANOTHER_REPORT = re.compile(
    r"(?i)\b(?:another|separate|second|new|fresh|further|later)\s+"
    r"(?:statement|report|communiqu[eé]|briefing|interview|update|post|message)s?\b"
)
# the words an event made from the casualty word alone is triggered by ("Five people were killed."), and
# the weapons' nouns of wounds ("found with gunshot wounds")
BARE_CUES = ws(
    "killed died dead wounded injured hurt slain perished martyred deaths fatalities casualties gunshot stab"
)
# someone's figure ("the army said four died") and an update of it ("later said", "rose to")
CLAIM = re.compile(
    r"(?i)\b(?:said|says|say|claimed|claims|claim|put|puts|told|according|reported|insisted|counted|gave)\b"
)
# a newsroom's note on the figure it first printed: "An earlier version of this article[, based on a
# police source,] said ..." (the words up to the verb of telling, which each reader adds)
EARLIER_VERSION = (
    r"\b(?:an?|the)\s+(?:earlier|previous|first)\s+version\s+of\s+this\s+(?:story|article|report|item|post)"
    r"(?:,[^,.;]{0,60},)?\s+"
)
UPDATE = re.compile(r"(?i)\b(?:later|since|rose|risen|climbed|revised|updated|corrected|lowered|raised)\b")
# the two sides of a clash, whose dead are both its toll and never rival figures
SIDES = {
    **{
        w: "forces"
        for w in ws(
            "soldier soldiers troops trooper troopers policeman policemen police officer officers gendarme "
            "gendarmes personnel servicemen serviceman guardsmen marines paramilitaries constable "
            "constables jawan jawans ranger rangers"
        )
    },
    **{
        w: "armed"
        for w in ws(
            "militant militants insurgent insurgents fighter fighters rebel rebels attacker attackers "
            "assailant assailants gunman gunmen jihadist jihadists terrorist terrorists bandit bandits "
            "raider raiders extremist extremists separatist separatists combatant combatants khwarij "
            "khawarij maoist maoists cadre cadres kidnapper kidnappers abductor abductors gang gangs "
            "gangster gangsters"
        )
    },
}


def counted_noun(text: str, count: Count) -> str:
    """The word right after a count ("traders" in "shot dead three traders"), "" when it is a
    casualty word or none ("three were killed", "12 dead")."""
    m = re.match(r"\s+([A-Za-z]+)", text[count.end : count.end + 30])
    word = m.group(1).lower() if m else ""
    return "" if word in BARE_CUES or word in ("were", "was") else word


# a figure told as someone's claim that nobody confirmed: "The authorities have not responded to the
# claim", "a figure that could not be independently verified"
UNCONFIRMED = re.compile(
    r"(?i)\b(?:responded\s+to|rejected|denied|disputed)\s+(?:the|that|this|its|their)\s+"
    r"(?:claim|figure|count|toll)s?\b|\bcould\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm|check)"
    r"|\b(?:unverified|unconfirmed)\b|\bnot\s+(?:been\s+)?(?:independently\s+)?(?:verified|confirmed)\b"
    r"|\b(?:impossible|no\s+way)\s+to\s+(?:independently\s+)?(?:verify|confirm)\b"
    # "'eliminated 15 soldiers', a figure the army flatly denied"
    r"|\b(?:a|the)\s+(?:claim|figure|toll|number)\s+(?:that\s+|which\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:flatly\s+|strongly\s+|quickly\s+)?(?:denied|rejected|disputed|dismissed)\b"
    # "70 people had been killed, a number far above any local count"
    r"|\b(?:far|well|much)\s+(?:above|higher\s+than|beyond|exceeding)\s+(?:any|the|official|local)\b"
)


# the seizures whose toll makes them attacks: "raided a mining site, killing nine", "stormed the camp"
RAID_LEMMAS = ("raid", "storm")


# the nouns of an attack ("an IED blast", "a drone strike"): whose participle carries the attack's own
# date ("killed in an IED blast triggered by Maoists on Thursday morning"), and which no one is killed as
ATTACK_NOUNS = frozenset(
    "attack blast explosion ambush raid strike airstrike bombing shelling clash clashes firing "
    "assault bomb grenade shell rocket missile mine drone ied shooting".split()
)


# the people who give their own, higher figure after an official toll, as the subject of the telling:
# residents, witnesses, local groups ("Residents disputed that account, saying 14 people had been
# killed", "A local civil society group put the toll at 38", "Residents who fled ... told reporters
# they believed the real number was closer to 40"); ACLED keeps the lowest of competing figures
RIVAL_SOURCE = re.compile(
    r"(?i)\b(?:residents?|witnesses|locals|villagers|relatives|families|survivors|community\s+(?:leaders?|"
    r"members?|groups?)|civil\s+society(?:\s+groups?)?|rights\s+(?:groups?|activists?|monitors?|"
    r"organi[sz]ations?)|activists)"
    r"(?:\s+[\w'’-]+){0,7}?\s+(?:said|saying|say|says|told|put|putting|believed|believe|estimated|counted|"
    r"insisted|disputed)\b"
)


def rival_figure(sentence: str) -> bool:
    """The sentence gives a figure of residents', witnesses' or a local group's own, no update of the
    toll ("rose to", "later")."""
    return RIVAL_SOURCE.search(sentence) is not None and UPDATE.search(sentence) is None
