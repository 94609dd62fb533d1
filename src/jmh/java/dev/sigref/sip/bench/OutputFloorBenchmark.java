package dev.sigref.sip.bench;

import dev.sigref.sip.ParseResult;
import dev.sigref.sip.SipParser;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The least a parser that returns the engine's output can cost: per corpus message, only allocating the objects
 * {@code SipParser.parse} returns for it (the same number of strings, each copied from the message bytes at its real
 * length, and one object per record, list and array, with its references filled in), with no scanning, grammar or
 * check at all. It answers whether the 5x goal is reachable while every parsed value is an immutable record
 * built at parse time: its figure is an upper bound on any parser with that output, run beside ParserBenchmark.
 *
 * The shapes are taken in set-up by walking each message's ParseResult reflectively; objects shared between two
 * parses of the same message (enum constants, literals, empty lists) are not counted, since a parser does not
 * allocate them.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@State(Scope.Thread)
public class OutputFloorBenchmark {

    /** One message: its bytes, the offset and length of every string of its output, the width of every object. */
    record Shape(byte[] bytes, int[] stringFrom, int[] stringLength, int[] objectWidth) {
    }

    private List<Shape> shapes;
    /** The same with every short token (a parameter name, a transport, a scheme: letters and '-', up to 16) shared. */
    private List<Shape> tokensShared;
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        shapes = new ArrayList<>();
        tokensShared = new ArrayList<>();
        long strings = 0;
        long unsharedStrings = 0;
        long objects = 0;
        for (byte[] m : Corpus.messages()) {
            Shape s = shapeOf(m, false);
            strings += s.stringFrom().length;
            objects += s.objectWidth().length;
            shapes.add(s);
            Shape t = shapeOf(m, true);
            unsharedStrings += t.stringFrom().length;
            tokensShared.add(t);
        }
        System.out.printf("%n[output] %d messages, per message %.1f strings (%.1f not short tokens) and %.1f other"
                + " objects%n", shapes.size(), strings / (double) shapes.size(),
                unsharedStrings / (double) shapes.size(), objects / (double) shapes.size());
    }

    @Benchmark
    public void allocateOutputOnly(Blackhole bh) {
        allocate(shapes, bh);
    }

    @Benchmark
    public void allocateOutputWithTokensShared(Blackhole bh) {
        allocate(tokensShared, bh);
    }

    private void allocate(List<Shape> all, Blackhole bh) {
        Shape s = all.get(next);
        next = next + 1 == all.size() ? 0 : next + 1;
        byte[] b = s.bytes();
        int[] from = s.stringFrom();
        int[] len = s.stringLength();
        Object[] made = new Object[from.length];
        for (int i = 0; i < from.length; i++) {
            made[i] = new String(b, from[i], len[i], StandardCharsets.ISO_8859_1);
        }
        int[] width = s.objectWidth();
        int r = 0;
        Object last = null;
        for (int w : width) {
            Object[] o = new Object[w];
            for (int k = 0; k < w && made.length > 0; k++) {
                o[k] = made[r];
                r = r + 1 == made.length ? 0 : r + 1;
            }
            if (w > 0) {
                o[0] = last;
            }
            last = o;
        }
        bh.consume(last);
        bh.consume(made);
    }

    private static Shape shapeOf(byte[] m, boolean shareTokens) {
        Set<Object> first = reachable(SipParser.parse(m));
        Set<Object> second = reachable(SipParser.parse(m));
        String text = new String(m, StandardCharsets.ISO_8859_1);
        List<int[]> strings = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        for (Object o : second) {
            if (first.contains(o)) {
                continue; // shared by both parses: a constant, not something a parser allocates
            }
            if (o instanceof String str) {
                if (shareTokens && str.length() <= 16 && str.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                    continue;
                }
                int at = text.indexOf(str);
                int n = Math.min(str.length(), m.length);
                strings.add(new int[] {at >= 0 ? at : 0, n});
            } else {
                widths.add(width(o));
            }
        }
        int[] from = new int[strings.size()];
        int[] len = new int[strings.size()];
        for (int i = 0; i < from.length; i++) {
            from[i] = strings.get(i)[0];
            len[i] = strings.get(i)[1];
        }
        return new Shape(m, from, len, widths.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Reference fields of an engine object, elements of a collection or array. */
    private static int width(Object o) {
        if (o instanceof Collection<?> c) {
            return c.size();
        }
        if (o instanceof Map<?, ?> map) {
            return map.size() * 2;
        }
        if (o instanceof Object[] a) {
            return a.length;
        }
        int w = 0;
        for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    w++;
                }
            }
        }
        return Math.max(w, 1);
    }

    /** Every object reachable from the result, by identity. */
    private static Set<Object> reachable(ParseResult root) {
        Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> todo = new ArrayList<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            Object o = todo.remove(todo.size() - 1);
            if (o == null || o instanceof Enum<?> || o instanceof Number || o instanceof Boolean
                    || o instanceof Character || o instanceof Class<?> || !seen.add(o)) {
                continue;
            }
            if (o instanceof String) {
                continue;
            }
            if (o instanceof Collection<?> c) {
                todo.addAll(c);
            } else if (o instanceof Map<?, ?> map) {
                todo.addAll(map.keySet());
                todo.addAll(map.values());
            } else if (o instanceof Optional<?> opt) {
                opt.ifPresent(todo::add);
            } else if (o instanceof Object[] a) {
                todo.addAll(List.of(a).stream().filter(x -> x != null).toList());
            } else if (o.getClass().getName().startsWith("dev.sigref.")) {
                for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                            continue;
                        }
                        try {
                            f.setAccessible(true);
                            todo.add(f.get(o));
                        } catch (ReflectiveOperationException | RuntimeException e) {
                            throw new IllegalStateException("cannot read " + f, e);
                        }
                    }
                }
            }
        }
        return seen;
    }
}
