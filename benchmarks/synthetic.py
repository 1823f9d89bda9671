"""A seeded generator of synthetic news corpora for benchmarks.

    python benchmarks/synthetic.py OUT_FOLDER --articles 1000 [--seed 15]

Every article is a plain text file with a ``date`` line, a dateline, and a story of
300-1,200 words: two leaders of different states, both in office on the story's date
(from ``data/world/leaders.csv``), meet in the host's capital, talk, sign or plan
agreements, speak, and the rest of the text is background paragraphs of the kind news
wires add.  All sentences are written here (templates and word lists of our own), so
no outside text is copied.  The same seed gives the same corpus, byte for byte.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from diplograph.world import LeaderInfo, World, load_world

FIRST_DAY = dt.date(2006, 1, 1)
LAST_DAY = dt.date(2024, 6, 30)

VISIT_KINDS = ["state", "official", "working", "two-day official", "three-day state"]
TOPICS = ["trade", "energy", "transport corridors", "agriculture", "digital services",
          "health care", "higher education", "tourism", "water management", "customs",
          "renewable energy", "investment", "defence industry", "space research",
          "fisheries", "railways", "culture", "climate adaptation", "mining", "ports"]
DOCUMENTS = ["a memorandum of understanding on {t}", "an agreement on cooperation in {t}",
             "a protocol on {t}", "a joint declaration on {t}",
             "a programme of cooperation in {t}", "an intergovernmental agreement on {t}"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
WEEKDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

OPENINGS = [
    "{a} and {b} held talks in {city} on {day}, {a_s}'s office said.",
    "{b}, who is on a {kind} visit to {host}, met {a} in {city} on {day}.",
    "{a} received {b} at the presidential palace in {city} on {day}.",
    "{a} hosted {b} for talks in {city}, where the two leaders discussed {t1} and {t2}.",
    "{b} arrived in {city} on {day} for a {kind} visit to {host} at the invitation of {a}.",
    "{a} and {b} met in a one-on-one format in {city} on {day} before expanded talks "
    "with their delegations.",
]
FOLLOWUPS = [
    "The two leaders discussed {t1}, {t2} and regional security, according to a statement.",
    "The talks then continued in an expanded format with the participation of delegations.",
    "{a_s} said relations between {host} and {guest_state} had reached a new level.",
    "{b_s} thanked {a_s} for the hospitality and invited him to visit {guest_state}.",
    "Officials said the sides agreed to set up a working group on {t1}.",
    "{a_s} and {b_s} also spoke about the situation in the region.",
    "The leaders later held a joint press conference.",
    "Earlier in the day, {b_s} laid a wreath at a monument in {city}.",
]
SIGNINGS = [
    "After the talks, the two sides signed {doc}.",
    "In the presence of the two leaders, ministers signed {doc} and {doc2}.",
    "{a_s} and {b_s} signed {doc} at the end of the meeting.",
    "The sides are expected to sign {doc} during a later visit.",
]
QUOTES = [
    '"We have agreed to expand our cooperation in {t1}," {a_s} told reporters.',
    '"Our countries are close partners, and today we took another step forward," '
    '{b_s} said.',
    '{a_s} said: "Trade between our countries grew last year, and we want it to '
    'grow further."',
    '"This visit shows the trust between our peoples," {b_s} said at the press conference.',
]
PHONE = [
    "{a} also spoke by phone with {c} on {day}, discussing {t2}, {a_s}'s office said.",
    "Separately, {a} held a video call with {c} to discuss {t1}.",
]
PLANNED = [
    "{a_s} is expected to travel to {guest_state} later this year.",
    "The next round of talks is planned for the autumn in {guest_capital}.",
]
BACKGROUND = [
    "Trade between the two countries has grown steadily over the past decade, with {t1} "
    "and {t2} accounting for a large share of exchanges. Economists say the figures "
    "could rise further if customs procedures are simplified and new routes are opened.",
    "Analysts note that both governments have been looking for new partners as global "
    "supply chains shift. They say that cooperation in {t1} has become a priority, and "
    "that several joint projects are already under way in the border regions.",
    "The visit comes at a time of economic uncertainty, with prices for fuel and food "
    "still high in many markets. Business associations from both countries held a forum "
    "on the sidelines of the talks, and several companies announced plans to invest.",
    "Diplomatic relations between the two countries were established decades ago, and "
    "embassies operate in both capitals. A joint commission meets every year to review "
    "progress on the projects agreed by the governments.",
    "Local media reported that security was tightened in the city centre ahead of the "
    "talks, and several streets were closed to traffic for the motorcade. Residents "
    "gathered along the route to watch the delegations pass.",
    "Experts from universities in both countries have called for more exchanges of "
    "students and researchers. They argue that programmes in {t2} would help young "
    "people find work and would bring the two societies closer together.",
    "The ministries of finance are also working on a treaty to avoid double taxation, "
    "which business groups have requested for years. Officials said a draft could be "
    "ready within months, once technical consultations are completed.",
    "Opposition politicians criticised the cost of the event, while government "
    "spokespeople said the meetings would pay for themselves through new contracts. "
    "The debate is expected to continue in parliament next week.",
    "Energy companies have discussed building a new pipeline and power line between the "
    "two countries. Feasibility studies are being prepared, and a decision on financing "
    "is expected by the end of the year, according to people familiar with the plans.",
    "Tourism has recovered after several difficult years, and airlines have added "
    "direct flights between the capitals. Travel agencies report growing demand for "
    "short trips, especially during the summer season.",
]


@dataclass(frozen=True)
class Story:
    """One generated article: its file name, text and word count."""

    name: str
    text: str
    words: int


def _day_text(day: dt.date) -> str:
    return f"{WEEKDAY[day.weekday()]}"


def _in_office(leader: LeaderInfo, day: dt.date) -> bool:
    # ISO dates and bare years compare correctly as strings ("2007" <= "2007-06-30").
    iso = day.isoformat()
    return (leader.start or "0000") <= iso and (leader.end is None or iso < leader.end)


def _leaders_by_year(world: World) -> dict[int, list[LeaderInfo]]:
    years: dict[int, list[LeaderInfo]] = {}
    for leader in world.leaders:
        if leader.iso2 not in world.states:
            continue
        for year in range(FIRST_DAY.year, LAST_DAY.year + 1):
            if _in_office(leader, dt.date(year, 6, 30)):
                years.setdefault(year, []).append(leader)
    return years


def _title(world: World, leader: LeaderInfo) -> str:
    return f"{leader.role} of {world.states[leader.iso2].name} {leader.name}"


def _surname(leader: LeaderInfo) -> str:
    return leader.name.split()[-1]


def stories(count: int, seed: int = 15, world: World | None = None) -> Iterator[Story]:
    """``count`` articles generated from ``seed``: the same seed, the same corpus."""
    world = world or load_world()
    rng = random.Random(seed)
    by_year = _leaders_by_year(world)
    span = (LAST_DAY - FIRST_DAY).days
    for number in range(count):
        while True:
            day = FIRST_DAY + dt.timedelta(days=rng.randrange(span))
            pool = by_year.get(day.year, [])
            if len(pool) >= 3:
                host, guest, other = rng.sample(pool, 3)
                if len({host.iso2, guest.iso2, other.iso2}) == 3:
                    break
        host_state, guest_state = world.states[host.iso2], world.states[guest.iso2]
        city = host_state.capital or host_state.name
        t1, t2 = rng.sample(TOPICS, 2)
        docs = rng.sample(DOCUMENTS, 2)
        fill = {
            "a": _title(world, host), "b": _title(world, guest), "c": _title(world, other),
            "a_s": _surname(host), "b_s": _surname(guest), "city": city,
            "host": host_state.name, "guest_state": guest_state.name,
            "guest_capital": guest_state.capital or guest_state.name,
            "day": _day_text(day), "kind": rng.choice(VISIT_KINDS), "t1": t1, "t2": t2,
            "doc": docs[0].format(t=t1), "doc2": docs[1].format(t=t2),
        }
        target = rng.randint(300, 1200)
        paragraphs = [rng.choice(OPENINGS).format(**fill)]
        paragraphs.append(" ".join(s.format(**fill) for s in rng.sample(FOLLOWUPS, 3)))
        paragraphs.append(rng.choice(QUOTES).format(**fill))
        if rng.random() < 0.6:
            paragraphs.append(rng.choice(SIGNINGS).format(**fill))
        if rng.random() < 0.3:
            paragraphs.append(rng.choice(PHONE).format(**fill))
        if rng.random() < 0.3:
            paragraphs.append(rng.choice(PLANNED).format(**fill))
        words = sum(len(p.split()) for p in paragraphs)
        while words < target:
            paragraph = rng.choice(BACKGROUND + QUOTES + FOLLOWUPS).format(**fill)
            paragraphs.append(paragraph)
            words += len(paragraph.split())
        header = (f" date {day.isoformat()} by Staff Writer\n\n"
                  f"{city.upper()}, {MONTH[day.month - 1][:3]}. {day.day}\n\n")
        text = header + "\n\n".join(paragraphs) + "\n"
        yield Story(f"{number:06d}.txt", text, words)


def write_corpus(folder: Path, count: int, seed: int = 15) -> int:
    """Write ``count`` generated articles into ``folder``; returns the number of words."""
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for story in stories(count, seed):
        (folder / story.name).write_text(story.text, encoding="utf-8")
        words += story.words
    return words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    words = write_corpus(args.out, args.articles, args.seed)
    print(f"{args.articles} articles, {words} words in {args.out}")


if __name__ == "__main__":
    main()
