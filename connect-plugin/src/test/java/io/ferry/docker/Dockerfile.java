package io.ferry.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A Dockerfile read as its instructions: comments dropped, continuation lines joined. */
record Dockerfile(String name, List<Instruction> instructions) {

    record Instruction(String keyword, String arguments) {
    }

    static Dockerfile read(String name) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : ProjectFiles.read(ProjectFiles.DOCKER.resolve(name)).split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String[] parts = current.toString().split("\\s+", 2);
            instructions.add(new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : ""));
            current.setLength(0);
        }
        return new Dockerfile(name, instructions);
    }

    List<String> arguments(String keyword) {
        return instructions.stream().filter(instruction -> instruction.keyword().equals(keyword))
            .map(Instruction::arguments).collect(Collectors.toList());
    }

    /** The image of each FROM, without its "AS name". */
    List<String> baseImages() {
        return arguments("FROM").stream().map(from -> from.split("\\s+")[0]).collect(Collectors.toList());
    }

    /** The default of an ARG declared before the first FROM (the only ones a FROM can use). */
    String globalArgDefault(String arg) {
        for (Instruction instruction : instructions) {
            if (instruction.keyword().equals("FROM")) {
                break;
            }
            if (instruction.keyword().equals("ARG") && instruction.arguments().startsWith(arg + "=")) {
                return instruction.arguments().substring(arg.length() + 1);
            }
        }
        throw new AssertionError(name + " declares no ARG " + arg + " with a default before its first FROM");
    }
}
