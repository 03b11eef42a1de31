import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityResult;

/**
 * Apache Avro (Java) as a test oracle: one JSON request per stdin line, one JSON answer per stdout line.
 *   {"op":"parse","schema":"..."}                 -> {"ok":true} | {"ok":false,"error":"..."}
 *   {"op":"compat","reader":"...","writer":"..."} -> {"ok":true,"type":"COMPATIBLE|INCOMPATIBLE",
 *                                                     "incompatibilities":[{"type","location","message"}]}
 * A request that cannot be served answers {"ok":false,"error":"..."}; the process keeps going.
 */
public final class AvroOracle {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isBlank()) continue;
      ObjectNode answer;
      try {
        answer = serve(JSON.readTree(line));
      } catch (Throwable error) {
        answer = failure(error);
      }
      out.println(JSON.writeValueAsString(answer));
      out.flush();
    }
  }

  private static ObjectNode serve(JsonNode request) {
    String op = request.path("op").asText();
    switch (op) {
      case "parse": {
        try {
          parse(request.path("schema").asText());
        } catch (Throwable error) {
          return failure(error);
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.put("ok", true);
        return answer;
      }
      case "compat": {
        Schema reader = parse(request.path("reader").asText());
        Schema writer = parse(request.path("writer").asText());
        SchemaCompatibilityResult result =
            SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getResult();
        ObjectNode answer = JSON.createObjectNode();
        answer.put("ok", true);
        answer.put("type", result.getCompatibility().name());
        ArrayNode list = answer.putArray("incompatibilities");
        for (Incompatibility incompatibility : result.getIncompatibilities()) {
          ObjectNode item = list.addObject();
          item.put("type", incompatibility.getType().name());
          item.put("location", incompatibility.getLocation());
          item.put("message", incompatibility.getMessage());
        }
        return answer;
      }
      default:
        throw new IllegalArgumentException("unknown op: " + op);
    }
  }

  /** A fresh parser per schema, so names defined by one request never leak into the next. */
  private static Schema parse(String text) {
    return new Schema.Parser().setValidateDefaults(true).parse(text);
  }

  private static ObjectNode failure(Throwable error) {
    ObjectNode answer = JSON.createObjectNode();
    answer.put("ok", false);
    String message = error.getMessage();
    answer.put("error", error.getClass().getSimpleName() + (message == null ? "" : ": " + message));
    return answer;
  }
}
