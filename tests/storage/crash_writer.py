"""A writer the crash tests kill with SIGKILL: real services, real file, random work.

Run as a subprocess, it imports the app once, then reads commands on stdin and forks a
fresh writer process for each (a cold start per kill would cost a second of imports):

    write SEED MAX_LEAD MAX_TASK DB

The writer opens DB (creating or upgrading it, as the app does) and writes until killed,
picking existing leads and tasks among ids 1..MAX_LEAD and 1..MAX_TASK and those it adds.
The server prints ``pid N`` (the process to kill). The writer prints one JSON line per
write, only after the service call has returned, that is, after the commit: a line on
stdout is a promise that the write is in the file. When the writer is gone the server
prints ``exit STATUS`` (a negative status is the signal that ended it).

Every line goes out in a single os.write: the server and its child share the pipe.
"""

from __future__ import annotations

import json
import os
import random
import sys
import traceback
from pathlib import Path
from typing import Any

from funnelplanner.domain.errors import NotFoundError
from funnelplanner.domain.models import ContactDraft, LeadDraft, TaskDraft
from funnelplanner.domain.vocabulary import Channel, Direction, Hat, Stage
from funnelplanner.services import Services

# How often, among the writer's steps, it closes and reopens the file as a restart would:
# closing checkpoints the WAL into the file, so kills land in checkpoints too.
REOPEN_EVERY = 40


def say(record: dict[str, Any] | str) -> None:
    text = record if isinstance(record, str) else json.dumps(record, ensure_ascii=False)
    os.write(1, (text + "\n").encode())


def write_forever(db: Path, seed: int, max_lead: int, max_task: int) -> None:
    """Write until killed; report each write after its service call returned."""
    rng = random.Random(seed)
    services = Services.open(db)
    say({"kind": "open"})
    leads = list(range(1, max_lead + 1))
    tasks = list(range(1, max_task + 1))
    step = 0
    while True:
        step += 1
        roll = rng.random()
        if roll < 0.3 or not leads:
            name = f"Crash {seed}-{step} Zoë Ångström 李"
            lead = services.leads.create(
                LeadDraft(name=name, company="Café Müller", notes="ß" * rng.randrange(2000))
            )
            leads.append(lead.id)
            say({"kind": "lead", "id": lead.id, "name": name})
        elif roll < 0.6:
            lead_id = rng.choice(leads)
            contact = services.contacts.log(
                lead_id,
                ContactDraft(Hat.SALES, Channel.PHONE, Direction.OUTBOUND, note="Grüße " * 20),
            )
            say({"kind": "contact", "id": contact.id, "lead": lead_id})
        elif roll < 0.75:
            task = services.tasks.create(
                TaskDraft(title=f"Call back {step} — Олег", hat=Hat.SALES, lead_id=None)
            )
            tasks.append(task.id)
            say({"kind": "task", "id": task.id})
        elif roll < 0.85 and tasks:
            task_id = rng.choice(tasks)
            try:
                services.tasks.set_done(task_id)
            except NotFoundError:
                continue
            say({"kind": "done", "id": task_id})
        elif roll < 0.97:
            lead_id = rng.choice(leads)
            current = services.leads.get(lead_id).stage
            stage = rng.choice([s for s in Stage if s is not current])
            services.leads.change_stage(lead_id, stage, reason="kill test")
            say({"kind": "stage", "lead": lead_id, "stage": stage.value})
        if step % REOPEN_EVERY == 0:
            services.close()
            services = Services.open(db)


def serve() -> None:
    """Fork one writer per command line; report its pid, then how it ended."""
    for line in sys.stdin:
        command, seed, max_lead, max_task, db = line.rstrip("\n").split(" ", 4)
        assert command == "write", command
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            try:
                write_forever(Path(db), int(seed), int(max_lead), int(max_task))
            except BaseException:
                # A writer that stops by itself is a failure the test must see.
                traceback.print_exc()
                sys.stderr.flush()
            finally:
                os._exit(3)
        say(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"exit {os.waitstatus_to_exitcode(status)}")


if __name__ == "__main__":
    serve()
