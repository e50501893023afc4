#!/usr/bin/env python3
"""The data behind bench/board.sh, made the way users make it, against a running app.

Results through POST /api/v1/triage (varied answers, a few with warning signs); a return to
running with PSFS activities for many of them, a few sessions logged, one next-morning pain
and a weekly rating, through the programme API; coaches' boards through /boards/new; and
runners joined to each board through their manage page, as a browser does (the CSRF cookie
and the form's token, the nickname form, find, then confirm). Prints what it made and how
long it took; writes the board keys, one a line, to the file given.

    board-data.py BASE_URL KEYS_FILE  (settings from the environment: RESULTS, BOARDS,
                                       RUNNERS_PER_BOARD, PROGRAMME_SHARE, SETUP_THREADS)
"""

import http.client
import json
import os
import random
import re
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

BASE = sys.argv[1]
KEYS_FILE = sys.argv[2]
RESULTS = int(os.environ.get("RESULTS", "2000"))
BOARDS = int(os.environ.get("BOARDS", "5"))
RUNNERS_PER_BOARD = int(os.environ.get("RUNNERS_PER_BOARD", "200"))
PROGRAMME_SHARE = float(os.environ.get("PROGRAMME_SHARE", "0.6"))
THREADS = int(os.environ.get("SETUP_THREADS", "8"))

HOST = urllib.parse.urlsplit(BASE)
LOCATIONS = ["FRONT", "OUTER", "INNER", "BACK", "DEEP", "BELOW_KNEECAP", "UPPER_SHIN"]
CHARACTERS = ["DULL_ACHE", "SHARP", "BURNING", "TIGHTNESS", "DEEP_ACHE"]
TIMINGS = ["DURING_RUN_BUILDS", "AFTER_RUN", "AFTER_SITTING", "DOWNSTAIRS", "SQUATTING", "STRAIGHTENING",
           "AT_REST", "WARMS_UP", "JUMPING_OR_UPHILL"]
RED_FLAGS = ["CANNOT_BEAR_WEIGHT", "SWELLING_OR_DEFORMITY", "LOCKING", "GIVING_WAY", "NUMBNESS_TINGLING",
             "WORSE_DESPITE_REST", "HOT_RED_FEVER", "CALF_SWELLING"]
DAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]
ACTIVITIES = ["Running downhill", "Stairs", "Squatting to lift my daughter", "Kneeling in the garden",
              "Cycling to work", "Long runs over 10 km", "Getting up from the sofa", "Hill repeats"]
CHANGES = ["WORSE", "A_LITTLE_WORSE", "ABOUT_THE_SAME", "A_LITTLE_BETTER", "BETTER", "MUCH_BETTER"]
NICKNAMES = ["Sam", "Alex", "Jo", "Priya", "Mateo", "Kim", "Noor", "Lena", "Tom", "Aiko", "Femi", "Ines"]
CSRF = re.compile(r'name="_csrf" value="([^"]+)"')
JOIN_CODE = re.compile(r'id="join-code">([A-Z0-9-]+)<')
local = threading.local()


class Browser:
    """One keep-alive connection with its own cookies, as one browser tab or API client."""

    def __init__(self):
        self.conn = http.client.HTTPConnection(HOST.hostname, HOST.port, timeout=60)
        self.cookies = {}

    def request(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        for attempt in range(3):
            try:
                self.conn.request(method, path, body=body, headers=headers)
                response = self.conn.getresponse()
                data = response.read()
                break
            except (http.client.HTTPException, ConnectionError):
                if attempt == 2:
                    raise
                self.conn.close()
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";", 1)[0]
        return response.status, response.getheader("Location"), data.decode("utf-8", "replace")

    def json(self, method, path, document, manage_key=None):
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if manage_key:
            headers["X-Manage-Key"] = manage_key
        status, _, text = self.request(method, path, json.dumps(document), headers)
        return status, (json.loads(text) if text else None)

    def form(self, path, fields):
        body = urllib.parse.urlencode(fields)
        return self.request("POST", path, body, {"Content-Type": "application/x-www-form-urlencoded"})


def browser():
    if not hasattr(local, "browser"):
        local.browser = Browser()
    return local.browser


def csrf_of(page, what):
    found = CSRF.search(page)
    if not found:
        raise RuntimeError(f"no CSRF token in {what}")
    return found.group(1)


def answers(rng):
    red_flags = [rng.choice(RED_FLAGS)] if rng.random() < 0.08 else []
    return {
        "location": rng.choice(LOCATIONS),
        "side": rng.choice(["LEFT", "RIGHT", "BOTH"]),
        "character": rng.choice(CHARACTERS),
        "onset": "SUDDEN" if rng.random() < 0.1 else "GRADUAL",
        "timing": rng.sample(TIMINGS, rng.randint(0, 3)),
        "painScore": min(10, 1 + int(rng.expovariate(0.4))),
        "durationDays": min(365, 2 + int(rng.expovariate(0.09))),
        "previousEpisodes": rng.random() < 0.3,
        "redFlags": red_flags,
    }


def create_result(i):
    """A result, and for many a return to running with a few days of use; returns its keys."""
    rng = random.Random(25_000 + i)
    status, result = browser().json("POST", "/api/v1/triage", answers(rng))
    if status != 201:
        raise RuntimeError(f"POST /api/v1/triage answered {status}")
    token, key = result["token"], result["manageKey"]
    running = (result["plan"].get("running") or {}).get("advice")
    outcome = {"programme": False, "sessions": 0, "refused": 0, "urgency": result["urgency"]}
    if running == "STOP" or rng.random() >= PROGRAMME_SHARE:
        return token, key, outcome
    base = f"/api/v1/results/{token}"
    activities = [{"name": name, "score": rng.randint(2, 6)} for name in rng.sample(ACTIVITIES, rng.randint(1, 3))]
    status, _ = browser().json("POST", base + "/programme",
                               {"baselinePain": rng.randint(0, 2), "days": sorted(rng.sample(DAYS, 3), key=DAYS.index),
                                "activities": activities}, key)
    if status != 201:
        outcome["refused"] += 1
        return token, key, outcome
    outcome["programme"] = True
    today = datetime.now(timezone.utc).date()
    morning = None
    for day in sorted(rng.choice([today - timedelta(days=1), today]) for _ in range(rng.randint(2, 4))):
        status, state = browser().json("POST", base + "/sessions",
                                       {"date": day.isoformat(), "walkMinutes": rng.choice([10, 15, 20]),
                                        "runMinutes": rng.choice([5, 10, 15]), "painDuring": rng.randint(0, 4),
                                        "painAfter": rng.randint(0, 4), "newRedFlags": [],
                                        "notes": rng.choice([None, "Felt fine on the flat", "Sore on the hill"])}, key)
        if status == 201:
            outcome["sessions"] += 1
            if day < today and morning is None:
                morning = state["sessions"][-1]["id"] if state and state.get("sessions") else None
        else:
            outcome["refused"] += 1
    if morning:
        status, _ = browser().json("PUT", f"{base}/sessions/{morning}", {"painNextMorning": rng.randint(0, 3)}, key)
        outcome["refused"] += status != 200
    status, _ = browser().json("POST", base + "/programme/ratings",
                               {"scores": [min(10, a["score"] + rng.randint(0, 3)) for a in activities],
                                "globalChange": rng.choice(CHANGES)}, key)
    outcome["refused"] += status != 201
    return token, key, outcome


def create_board(n):
    """A coach's board through /boards/new, then its first view for the join code."""
    coach = Browser()
    _, _, page = coach.request("GET", "/boards/new")
    status, location, _ = coach.form("/boards/new", {"_csrf": csrf_of(page, "/boards/new"),
                                                     "boardName": f"Riverside Harriers group {n + 1}"})
    if status not in (302, 303) or "/b/" not in (location or ""):
        raise RuntimeError(f"POST /boards/new answered {status}")
    board_key = location.rsplit("/b/", 1)[1]
    _, _, page = coach.request("GET", f"/b/{board_key}")
    return board_key, JOIN_CODE.search(page).group(1)


def join(manage_key, join_code, rng):
    """What a runner does on the manage page: maybe a nickname, then find and confirm."""
    runner = Browser()
    _, _, page = runner.request("GET", f"/m/{manage_key}")
    token = csrf_of(page, "the manage page")
    if rng.random() < 0.7:
        status, _, _ = runner.form(f"/m/{manage_key}/nickname", {"_csrf": token, "nickname": rng.choice(NICKNAMES)})
        if status not in (302, 303):
            raise RuntimeError(f"the nickname form answered {status}")
    typed = join_code.lower() if rng.random() < 0.3 else join_code
    status, _, page = runner.form(f"/m/{manage_key}/boards/find", {"_csrf": token, "joinCode": typed})
    if status != 200 or "/boards/join" not in page:
        raise RuntimeError(f"finding the board answered {status} without a confirm form")
    status, location, _ = runner.form(f"/m/{manage_key}/boards/join",
                                      {"_csrf": csrf_of(page, "the confirm page"), "joinCode": typed})
    if status not in (302, 303) or not (location or "").endswith(f"/m/{manage_key}"):
        raise RuntimeError(f"joining answered {status}")
    runner.conn.close()


def main():
    started = time.monotonic()
    with ThreadPoolExecutor(THREADS) as pool:
        made = list(pool.map(create_result, range(RESULTS)))
    results_done = time.monotonic()
    programmes = sum(o["programme"] for _, _, o in made)
    sessions = sum(o["sessions"] for _, _, o in made)
    refused = sum(o["refused"] for _, _, o in made)
    urgencies = {}
    for _, _, o in made:
        urgencies[o["urgency"]] = urgencies.get(o["urgency"], 0) + 1
    print(f"  {len(made)} results ({', '.join(f'{u} {n}' for u, n in sorted(urgencies.items()))}), "
          f"{programmes} with a programme, {sessions} sessions, {refused} refused requests: "
          f"{results_done - started:.1f} s")

    boards = [create_board(n) for n in range(BOARDS)]
    rng = random.Random(25)
    runners = rng.sample(made, BOARDS * RUNNERS_PER_BOARD)
    jobs = [(runners[b * RUNNERS_PER_BOARD + r][1], boards[b][1], random.Random(b * 1000 + r))
            for r in range(RUNNERS_PER_BOARD) for b in range(BOARDS)]
    with ThreadPoolExecutor(THREADS) as pool:
        list(pool.map(lambda job: join(*job), jobs))
    joined = time.monotonic()
    on_board = sum(o["programme"] for _, _, o in runners)
    print(f"  {BOARDS} boards, {RUNNERS_PER_BOARD} runners joined to each through the manage page "
          f"({on_board} of the {len(runners)} with a programme): {joined - results_done:.1f} s")
    print(f"  set-up took {joined - started:.1f} s")
    with open(KEYS_FILE, "w") as keys:
        keys.writelines(key + "\n" for key, _ in boards)


if __name__ == "__main__":
    main()
