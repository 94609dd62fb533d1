#!/usr/bin/env python3
"""Writes the decoder benchmark inputs from the gen.py corpus (split on corpus.idx, never on text):
target/bench/invite-2.5k.sip (the first INVITE of 2,400-2,700 bytes) and target/bench/trace-10000.sip and
target/bench/trace-2000.sip (the first 10,000 and 2,000 messages, concatenated as traces)."""
import os, sys
corpus = sys.argv[1] if len(sys.argv) > 1 else 'target/corpus'
data = open(os.path.join(corpus, 'corpus.sip'), 'rb').read()
rows = [l.split() for l in open(os.path.join(corpus, 'corpus.idx')) if not l.startswith('#')]
msgs = [data[int(r[0]):int(r[0]) + int(r[1])] for r in rows]
os.makedirs('target/bench', exist_ok=True)
invite = next(m for m in msgs if m.startswith(b'INVITE ') and 2400 <= len(m) <= 2700)
open('target/bench/invite-2.5k.sip', 'wb').write(invite)
open('target/bench/trace-10000.sip', 'wb').write(b''.join(msgs[:10000]))
open('target/bench/trace-2000.sip', 'wb').write(b''.join(msgs[:2000]))
print(len(invite), 'byte INVITE;', sum(len(m) for m in msgs[:10000]), 'bytes in the 10,000-message trace')
