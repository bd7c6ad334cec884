package org.veedor.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfficerNetworkTest {

  static OfficerNetwork.Complaint complaint(long id, int corruption, Long... officers) {
    return new OfficerNetwork.Complaint(id, Set.of(officers), corruption);
  }

  @Test
  void shouldRankTheGroupWithTheMostCorruptionFirstWhateverItsSize() {
    OfficerNetwork network =
        OfficerNetwork.of(
            List.of(
                // a large group of force complaints
                complaint(1, 0, 10L, 11L),
                complaint(2, 0, 11L, 12L),
                complaint(3, 0, 12L, 13L),
                complaint(4, 0, 13L, 14L),
                // a ring of three, named together in corruption complaints
                complaint(5, 2, 20L, 21L, 22L),
                complaint(6, 1, 20L, 21L),
                // an officer alone is no group
                complaint(7, 3, 30L)));

    List<OfficerNetwork.Group> groups = network.groups(1);

    assertThat(groups).hasSize(2);
    assertThat(groups.get(0).officers()).containsExactly(20L, 21L, 22L);
    assertThat(groups.get(0).corruptionAllegations()).isEqualTo(3);
    assertThat(groups.get(0).complaints()).containsExactly(5L, 6L);
    assertThat(groups.get(0).edges().get(0)).isEqualTo(new OfficerNetwork.Edge(20L, 21L, 2));
    assertThat(groups.get(1).officers()).containsExactly(10L, 11L, 12L, 13L, 14L);
    assertThat(groups.get(1).rank()).isEqualTo(2);
  }

  @Test
  void shouldCutTiesOfASingleSharedComplaintWhenAskedForStrongerOnes() {
    OfficerNetwork network =
        OfficerNetwork.of(
            List.of(
                complaint(1, 1, 1L, 2L),
                complaint(2, 1, 1L, 2L),
                complaint(3, 0, 2L, 3L),
                complaint(4, 1, 3L, 4L),
                complaint(5, 1, 3L, 4L)));

    assertThat(network.groups(1)).hasSize(1);
    assertThat(network.groups(2))
        .extracting(OfficerNetwork.Group::officers)
        .containsExactlyInAnyOrder(Set.of(1L, 2L), Set.of(3L, 4L));
  }

  @Test
  void shouldExportTheGroupsAsGraphMl() {
    List<OfficerNetwork.Group> groups =
        OfficerNetwork.of(List.of(complaint(1, 1, 1L, 2L))).groups(1);

    String xml = OfficerNetwork.graphMl(groups, Map.of(1L, "Pérez <A>", 2L, "López"));

    assertThat(xml)
        .contains(
            "<node id=\"o1\"><data key=\"label\">Pérez &lt;A&gt;</data><data key=\"group\">1</data></node>")
        .contains("<edge source=\"o1\" target=\"o2\"><data key=\"complaints\">1</data></edge>")
        .endsWith("</graphml>\n");
  }
}
