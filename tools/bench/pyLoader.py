"""Baseline loader for `npm run bench:ingest`: the loader an analyst would write in Python.

jieba segments each speech; every term occurrence and every occurrence of a lexicon slogan is
written with one MERGE, in one managed write transaction per speech, through the official neo4j
driver (keys indexed by the project's schema). It writes Speech, Term and Slogan nodes and MENTIONS with counts: less than
`tifa ingest` writes, which is kind to it.

Usage: python tools/bench/pyLoader.py --uri bolt://127.0.0.1:7687 [--user neo4j --password ''] FILE...
Prints one JSON line: {"speeches": n, "mentions": m, "seconds": s}.
"""
import argparse
import hashlib
import json
import os
import re
import sys
import time

import jieba
from neo4j import GraphDatabase

LEXICON = os.path.join(os.path.dirname(__file__), '..', '..', 'src', 'extract', 'lexicon', 'slogans.json')
CJK = re.compile(r'[\u4e00-\u9fff]{2,}')

SPEECH = 'MERGE (s:Speech {id: $id}) SET s.source = $source, s.title = $title, s.text = $text'
MENTION = {
    'Term': 'MATCH (s:Speech {id: $id}) MERGE (t:Term {name: $name}) '
            'MERGE (s)-[m:MENTIONS]->(t) ON CREATE SET m.count = 1 ON MATCH SET m.count = m.count + 1',
    'Slogan': 'MATCH (s:Speech {id: $id}) MERGE (t:Slogan {name: $name}) '
              'MERGE (s)-[m:MENTIONS]->(t) ON CREATE SET m.count = 1 ON MATCH SET m.count = m.count + 1',
}


def slogans():
    with open(LEXICON, encoding='utf-8') as f:
        return [x['name'] for x in json.load(f)['formulas']]


def write(tx, path, text, speech_id, names):
    title = text.strip().split('\n', 1)[0][:80]
    tx.run(SPEECH, id=speech_id, source=path, title=title, text=text).consume()
    mentions = 0
    for token in jieba.lcut(text):
        if CJK.fullmatch(token):
            tx.run(MENTION['Term'], id=speech_id, name=token).consume()
            mentions += 1
    for name in names:
        start = text.find(name)
        while start >= 0:
            tx.run(MENTION['Slogan'], id=speech_id, name=name).consume()
            mentions += 1
            start = text.find(name, start + len(name))
    return mentions


def load(session, path, names):
    with open(path, encoding='utf-8') as f:
        text = f.read()
    speech_id = hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]
    return session.execute_write(write, path, text, speech_id, names)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--uri', required=True)
    parser.add_argument('--user', default='neo4j')
    parser.add_argument('--password', default='')
    parser.add_argument('files', nargs='+')
    args = parser.parse_args()
    jieba.setLogLevel(60)
    jieba.initialize()  # dictionary load, outside the timed part
    names = slogans()
    auth = (args.user, args.password) if args.password else None
    with GraphDatabase.driver(args.uri, auth=auth) as driver, driver.session() as session:
        started = time.perf_counter()
        mentions = sum(load(session, path, names) for path in args.files)
        seconds = time.perf_counter() - started
    print(json.dumps({'speeches': len(args.files), 'mentions': mentions, 'seconds': seconds}))


if __name__ == '__main__':
    sys.exit(main())
