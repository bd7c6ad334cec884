package org.veedor.web.intake;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veedor.casework.application.CaseWork;

class ComplaintDetailViewTest {

  @Test
  void shouldWriteTheDrawingIntoThePageWithNothingThatEndsItsScriptElement() {
    String xml = "<bpmn:definitions><!-- </script><script>alert(1)</script> --></bpmn:definitions>";
    String json =
        ComplaintDetailView.json(
            new CaseWork.Diagram(xml, List.of("Registered"), List.of("InvestigateTask")));

    assertThat(json).doesNotContain("<").doesNotContain("</script");
    JsonObject read = Json.createReader(new StringReader(json)).readObject();
    assertThat(read.getString("xml")).isEqualTo(xml);
    assertThat(read.getJsonArray("completed").getString(0)).isEqualTo("Registered");
    assertThat(read.getJsonArray("active").getString(0)).isEqualTo("InvestigateTask");
  }
}
