package org.universo.platformo.template.scene;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.universo.platformo.updl.Node;

/**
 * The quiz of a space from its Data nodes: each question with the answers connected to it (correct or not, points)
 * and the Object nodes shown with each answer; lead collection and points from the root Space node.
 */
final class QuizParts {
    private final ObjectMapper mapper;
    private final ObjectNode quiz;
    private final ArrayNode questions;

    QuizParts(ObjectMapper mapper) {
        this.mapper = mapper;
        quiz = mapper.createObjectNode().put("showPoints", false);
        quiz.putObject("lead").put("name", false).put("email", false).put("phone", false);
        questions = quiz.putArray("questions");
    }

    void space(JsonNode d) {
        quiz.put("showPoints", d.path("showPoints").asBoolean(false));
        ((ObjectNode) quiz.get("lead")).put("name", d.path("collectLeadName").asBoolean(false))
                .put("email", d.path("collectLeadEmail").asBoolean(false))
                .put("phone", d.path("collectLeadPhone").asBoolean(false));
    }

    void data(Node n, JsonNode d, Map<String, List<Node>> children) {
        if (!"question".equals(d.path("dataType").asText())) {
            return;
        }
        ObjectNode q = questions.addObject().put("id", n.id()).put("text", d.path("content").asText(""))
                .put("points", d.path("enablePoints").asBoolean() ? d.path("pointsValue").asInt(0) : 0);
        ArrayNode answers = q.putArray("answers");
        for (Node a : children.getOrDefault(n.id(), List.of())) {
            JsonNode ad = mapper.valueToTree(a.data());
            if (!"Data".equals(a.type()) || !"answer".equals(ad.path("dataType").asText())) {
                continue;
            }
            ObjectNode answer = answers.addObject().put("id", a.id()).put("text", ad.path("content").asText(""))
                    .put("correct", ad.path("isCorrect").asBoolean(false))
                    .put("points", ad.path("enablePoints").asBoolean() ? ad.path("pointsValue").asInt(0) : 0);
            ArrayNode objects = answer.putArray("objects");
            for (Node o : children.getOrDefault(a.id(), List.of())) {
                if ("Object".equals(o.type())) {
                    objects.add(o.id());
                }
            }
        }
    }

    boolean isEmpty() {
        return questions.isEmpty();
    }

    ObjectNode document() {
        return quiz;
    }
}
