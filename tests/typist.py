#!/usr/bin/env python3
"""Answer a program's questions on a pseudo-terminal, as a person types.

usage: typist.py TRANSCRIPT CMD [ARG...] < ANSWERS

Each line of ANSWERS is "QUESTION<tab>ANSWER": at each prompt (a line
ending in "> "), when the question shown since the last answer contains
QUESTION, ANSWER is typed and the next line is up; any other question is
answered with Enter, as a person skips it.  A line without a tab is typed
at the next prompt whatever it asks; ANSWER "^D" types end-of-input.
After the last line, end-of-input is typed if the program still asks.
Everything the terminal showed goes to TRANSCRIPT; the exit status is the
program's.
"""
import os
import pty
import select
import sys


def main():
    transcript, cmd = sys.argv[1], sys.argv[2:]
    answers = sys.stdin.read().splitlines()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(cmd[0], cmd)
    seen = bytearray()
    fresh = bytearray()

    def read(timeout):
        """More output: True, None after timeout seconds without any,
        False once the program has closed the terminal."""
        r, _, _ = select.select([fd], [], [], timeout)
        if not r:
            return None
        try:
            data = os.read(fd, 4096)
        except OSError:
            return False
        if not data:
            return False
        seen.extend(data)
        fresh.extend(data)
        return True

    def prompt():
        """Wait for the next prompt; False when the program ended."""
        for _ in range(200):
            if fresh.rstrip(b" ").endswith(b">"):
                return True
            if read(0.05) is False:
                return False
        return False

    alive = True
    script = [line.split("\t", 1) if "\t" in line else ["", line] for line in answers]
    script.append(["", "^D"])
    for _ in range(500):
        alive = prompt()
        if not alive or not script:
            break
        question, answer = script[0]
        if question.encode() in fresh:
            script.pop(0)
        else:
            answer = ""
        del fresh[:]
        os.write(fd, b"\x04" if answer == "^D" else answer.encode() + b"\n")
    if alive and script:
        # Given up: the program asks what the script has no answer to.
        os.write(fd, b"\x04")
    for _ in range(300):
        if not alive or read(0.1) is False:
            break
    else:
        os.kill(pid, 9)
    _, status = os.waitpid(pid, 0)
    with open(transcript, "wb") as f:
        f.write(bytes(seen))
    sys.exit(os.waitstatus_to_exitcode(status) if hasattr(os, "waitstatus_to_exitcode")
             else status >> 8)


main()
