package org.veedor.demo;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Complaint narratives in Spanish and English, composed from sentences that speak of the
 * allegation's category, with the details people give: a time, a place, a sum, a vehicle.
 */
final class Narratives {

  private static final Map<String, List<String>> CORE_ES =
      Map.ofEntries(
          Map.entry(
              "BRIBERY",
              List.of(
                  "el agente {officer} me pidió {amount} pesos para no imponerme la multa y dejarme seguir.",
                  "me exigieron un soborno de {amount} pesos para devolverme los documentos del vehículo.",
                  "el policía {officer} aceptó dinero del conductor del camión para dejarlo pasar sin revisión.")),
          Map.entry(
              "EXTORTION",
              List.of(
                  "el agente {officer} me amenazó con detenerme si no pagaba {amount} pesos cada semana por mi negocio.",
                  "los policías cobran una cuota de {amount} pesos a los comerciantes del mercado a cambio de no cerrarles el local.",
                  "me dijeron que si no entregaba {amount} pesos me iban a cargar droga y llevar detenido.")),
          Map.entry(
              "COLLUSION_WITH_ORGANIZED_CRIME",
              List.of(
                  "vi al agente {officer} reunirse con integrantes de la banda que controla el barrio y recibir un sobre.",
                  "los patrulleros avisan a la banda antes de cada operativo y los dejan trabajar en la esquina.")),
          Map.entry(
              "DRUG_TRAFFICKING_INVOLVEMENT",
              List.of(
                  "el agente {officer} guarda paquetes de droga en la patrulla {vehicle} y los reparte por la noche.",
                  "los policías de la estación venden la droga que decomisan a los vendedores del sector.")),
          Map.entry(
              "THEFT_OF_SEIZED_PROPERTY",
              List.of(
                  "durante el allanamiento se llevaron {amount} pesos y un televisor que nunca aparecieron en el acta.",
                  "la motocicleta decomisada desapareció del patio de la estación y la vieron después con el agente {officer}.")),
          Map.entry(
              "MONEY_LAUNDERING",
              List.of(
                  "el agente {officer} compró tres propiedades a nombre de familiares con dinero que no corresponde a su salario.",
                  "un oficial mueve dinero de la banda a través de una casa de cambio de su cuñado.")),
          Map.entry(
              "FALSIFICATION_OF_EVIDENCE",
              List.of(
                  "el informe policial dice que yo llevaba un arma, pero el agente {officer} la puso en mi mochila.",
                  "cambiaron la hora y el lugar de la detención en el acta para justificar el procedimiento.")),
          Map.entry(
              "PROTECTION_OF_ILLEGAL_ACTIVITY",
              List.of(
                  "el bar clandestino de la esquina funciona toda la noche porque el agente {officer} cobra para protegerlo.",
                  "las máquinas de juego ilegales siguen funcionando y la policía nunca interviene porque recibe dinero.")),
          Map.entry(
              "EXCESSIVE_FORCE",
              List.of(
                  "el agente {officer} me golpeó con la tonfa en la espalda cuando ya estaba esposado en el suelo.",
                  "me tiraron al piso y me patearon en las costillas aunque no opuse resistencia.",
                  "usaron gas pimienta contra un grupo de jóvenes que solo estaban sentados en el parque.")),
          Map.entry(
              "TORTURE_OR_ILL_TREATMENT",
              List.of(
                  "en la estación me pusieron una bolsa en la cabeza para que firmara una declaración.",
                  "me dejaron toda la noche sin agua, esposado a una silla, y me golpeaban cada vez que me dormía.")),
          Map.entry(
              "UNLAWFUL_KILLING",
              List.of(
                  "el agente {officer} disparó contra mi hermano cuando huía y estaba desarmado; murió en el lugar.",
                  "los testigos dicen que el joven ya estaba rendido cuando le dispararon.")),
          Map.entry(
              "UNLAWFUL_ARREST_OR_DETENTION",
              List.of(
                  "me detuvieron sin decirme el motivo y me tuvieron dos días en la estación sin llevarme ante un juez.",
                  "el agente {officer} me llevó detenido por no tener la cédula, aunque la tenía en la casa.")),
          Map.entry(
              "UNLAWFUL_SEARCH",
              List.of(
                  "entraron a mi casa sin orden judicial y revisaron todas las habitaciones.",
                  "me requisaron el teléfono y leyeron mis mensajes sin ninguna autorización.")),
          Map.entry(
              "DISCRIMINATION",
              List.of(
                  "el agente {officer} me insultó por ser indígena y me dijo que volviera a mi pueblo.",
                  "solo detienen a los jóvenes negros del barrio, a los demás los dejan pasar.")),
          Map.entry(
              "THREATS_OR_INTIMIDATION",
              List.of(
                  "después de presentar la denuncia, el agente {officer} pasó varias veces frente a mi casa y me amenazó.",
                  "me dijeron que si seguía reclamando iba a aparecer en una zanja.")),
          Map.entry(
              "ABUSE_OF_AUTHORITY",
              List.of(
                  "el agente {officer} usó la patrulla {vehicle} para resolver un problema personal con mi vecino.",
                  "el oficial me obligó a entregarle mi puesto de venta para un familiar suyo.")),
          Map.entry(
              "DISCOURTESY",
              List.of(
                  "el agente {officer} me trató con groserías y se burló de mí delante de mis hijos.",
                  "cuando fui a poner la denuncia, el policía de guardia me gritó y se negó a atenderme.")),
          Map.entry(
              "NEGLECT_OF_DUTY",
              List.of(
                  "llamé tres veces a la línea de emergencia durante el robo y la patrulla nunca llegó.",
                  "el agente {officer} se negó a recibir mi denuncia por violencia doméstica y me mandó a la casa.")));

  private static final Map<String, List<String>> CORE_EN =
      Map.ofEntries(
          Map.entry(
              "BRIBERY",
              List.of(
                  "officer {officer} asked me for {amount} dollars to let me go without a ticket.",
                  "they demanded a bribe of {amount} dollars to give back my driving licence.",
                  "the constable {officer} took cash from the truck driver and waved him through the checkpoint.")),
          Map.entry(
              "EXTORTION",
              List.of(
                  "officer {officer} threatened to arrest me unless I paid {amount} dollars every week for my shop.",
                  "the officers collect {amount} dollars from every market stall or they shut it down.",
                  "they said that if I did not hand over {amount} dollars they would plant drugs on me.")),
          Map.entry(
              "COLLUSION_WITH_ORGANIZED_CRIME",
              List.of(
                  "I saw officer {officer} meet members of the gang that runs the area and take an envelope.",
                  "the patrol warns the gang before every raid and lets them deal on the corner.")),
          Map.entry(
              "DRUG_TRAFFICKING_INVOLVEMENT",
              List.of(
                  "officer {officer} keeps packages of drugs in patrol car {vehicle} and hands them out at night.",
                  "officers from the station sell the drugs they seize back to the dealers.")),
          Map.entry(
              "THEFT_OF_SEIZED_PROPERTY",
              List.of(
                  "during the search they took {amount} dollars and a television that never appeared in the report.",
                  "the seized motorbike disappeared from the station yard and was later seen with officer {officer}.")),
          Map.entry(
              "MONEY_LAUNDERING",
              List.of(
                  "officer {officer} bought three houses in relatives' names with money far beyond his salary.",
                  "an officer moves the gang's money through his brother-in-law's exchange office.")),
          Map.entry(
              "FALSIFICATION_OF_EVIDENCE",
              List.of(
                  "the police report says I carried a weapon, but officer {officer} put it in my bag.",
                  "they changed the time and place of the arrest in the report to cover the operation.")),
          Map.entry(
              "PROTECTION_OF_ILLEGAL_ACTIVITY",
              List.of(
                  "the illegal bar on the corner stays open all night because officer {officer} is paid to protect it.",
                  "the illegal gambling machines keep running and the police never act because they get paid.")),
          Map.entry(
              "EXCESSIVE_FORCE",
              List.of(
                  "officer {officer} hit me with his baton on the back when I was already handcuffed on the ground.",
                  "they threw me down and kicked me in the ribs although I did not resist.",
                  "they used pepper spray on a group of young people who were just sitting in the park.")),
          Map.entry(
              "TORTURE_OR_ILL_TREATMENT",
              List.of(
                  "at the station they put a bag over my head to make me sign a statement.",
                  "they kept me all night without water, cuffed to a chair, and hit me whenever I fell asleep.")),
          Map.entry(
              "UNLAWFUL_KILLING",
              List.of(
                  "officer {officer} shot my brother as he ran away unarmed; he died at the scene.",
                  "witnesses say the young man had already surrendered when he was shot.")),
          Map.entry(
              "UNLAWFUL_ARREST_OR_DETENTION",
              List.of(
                  "they arrested me without a reason and held me two days at the station without seeing a judge.",
                  "officer {officer} took me in for not carrying my ID card, although it was at home.")),
          Map.entry(
              "UNLAWFUL_SEARCH",
              List.of(
                  "they entered my house without a warrant and searched every room.",
                  "they took my phone and read my messages without any authorisation.")),
          Map.entry(
              "DISCRIMINATION",
              List.of(
                  "officer {officer} insulted me for being indigenous and told me to go back to my village.",
                  "they only stop the young black men of the neighbourhood and let everyone else pass.")),
          Map.entry(
              "THREATS_OR_INTIMIDATION",
              List.of(
                  "after I filed the complaint, officer {officer} drove past my house several times and threatened me.",
                  "they told me that if I kept complaining I would end up in a ditch.")),
          Map.entry(
              "ABUSE_OF_AUTHORITY",
              List.of(
                  "officer {officer} used patrol car {vehicle} to settle a personal dispute with my neighbour.",
                  "the officer forced me to give up my market stall to one of his relatives.")),
          Map.entry(
              "DISCOURTESY",
              List.of(
                  "officer {officer} swore at me and mocked me in front of my children.",
                  "when I went to report a crime, the desk officer shouted at me and refused to help.")),
          Map.entry(
              "NEGLECT_OF_DUTY",
              List.of(
                  "I called the emergency line three times during the robbery and the patrol never came.",
                  "officer {officer} refused to take my domestic violence report and sent me home.")));

  private static final List<String> OPENERS_ES =
      List.of(
          "El {date} hacia las {time}, en {place}, ",
          "Quiero denunciar que el {date}, cerca de {place}, ",
          "El día {date}, mientras caminaba por {place}, ",
          "Hacia las {time} del {date}, frente a {place}, ");
  private static final List<String> OPENERS_EN =
      List.of(
          "On {date} at about {time}, at {place}, ",
          "I want to report that on {date}, near {place}, ",
          "On {date}, while I was walking along {place}, ",
          "At around {time} on {date}, outside {place}, ");
  private static final List<String> DETAILS_ES =
      List.of(
          "La patrulla tenía el número {vehicle}.",
          "Había varios testigos, entre ellos el dueño de la tienda de la esquina.",
          "Tengo fotos y un video grabado con mi teléfono.",
          "No es la primera vez: los vecinos se quejan de lo mismo desde hace meses.",
          "El agente no llevaba visible su placa de identificación.",
          "Fui al hospital y tengo el certificado médico.",
          "Mi esposa estaba conmigo y puede confirmar lo ocurrido.",
          "Otros comerciantes del sector han pagado lo mismo y tienen miedo de denunciar.");
  private static final List<String> DETAILS_EN =
      List.of(
          "The patrol car number was {vehicle}.",
          "Several people saw it, including the owner of the corner shop.",
          "I have photos and a video recorded on my phone.",
          "It is not the first time: the neighbours have complained about the same for months.",
          "The officer was not wearing his badge where it could be seen.",
          "I went to the hospital and have the medical certificate.",
          "My wife was with me and can confirm what happened.",
          "Other shop owners have paid the same and are afraid to report it.");
  private static final List<String> CLOSERS_ES =
      List.of(
          "Pido que se investigue y que se sancione a los responsables.",
          "Solicito protección porque temo represalias.",
          "Espero que esta denuncia no quede en nada como las anteriores.",
          "");
  private static final List<String> CLOSERS_EN =
      List.of(
          "I ask that this be investigated and those responsible be punished.",
          "I ask for protection because I fear reprisals.",
          "I hope this complaint is not ignored like the earlier ones.",
          "");
  private static final List<String> TIMES =
      List.of("7:30", "9:15", "11:40", "14:20", "18:05", "21:30", "23:50", "2:10");

  private Narratives() {}

  /**
   * A narrative about the categories, in Spanish ("es") or English ("en"), of at least {@code
   * minWords} words when more than the base story is wanted (benchmarks ask for 100 to 300).
   */
  static String compose(
      SplittableRandom random,
      String language,
      List<String> categories,
      String officerFamilyName,
      String place,
      String date,
      int minWords) {
    boolean es = "es".equals(language);
    StringBuilder text = new StringBuilder();
    String opener = pick(random, es ? OPENERS_ES : OPENERS_EN);
    text.append(opener);
    boolean first = true;
    for (String category : categories) {
      List<String> cores = (es ? CORE_ES : CORE_EN).get(category);
      String core =
          cores == null
              ? (es ? "ocurrió un abuso policial." : "police misconduct happened.")
              : pick(random, cores);
      if (!first) {
        text.append(' ').append(es ? "Además, " : "Also, ");
      }
      text.append(core);
      first = false;
    }
    List<String> details = es ? DETAILS_ES : DETAILS_EN;
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      text.append(' ').append(pick(random, details));
    }
    while (minWords > 0 && words(text) < minWords) {
      text.append(' ').append(pick(random, details));
      List<String> cores = (es ? CORE_ES : CORE_EN).get(pick(random, categories));
      if (cores != null) {
        text.append(' ').append(capitalize(pick(random, cores)));
      }
    }
    String closer = pick(random, es ? CLOSERS_ES : CLOSERS_EN);
    if (!closer.isEmpty()) {
      text.append(' ').append(closer);
    }
    String officer = officerFamilyName == null ? (es ? "de turno" : "on duty") : officerFamilyName;
    return capitalize(
        text.toString()
            .replace("{officer}", officer)
            .replace("{place}", place)
            .replace("{date}", date)
            .replace("{time}", pick(random, TIMES))
            .replace("{amount}", String.valueOf((1 + random.nextInt(40)) * (es ? 5000 : 10)))
            .replace("{vehicle}", "P-" + (100 + random.nextInt(900))));
  }

  private static int words(CharSequence text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = !Character.isWhitespace(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }

  private static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static <T> T pick(SplittableRandom random, List<T> options) {
    return options.get(random.nextInt(options.size()));
  }
}
