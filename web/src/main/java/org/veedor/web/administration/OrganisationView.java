package org.veedor.web.administration;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.veedor.officers.application.OfficerRegistry;
import org.veedor.officers.application.OrganisationAdministration;
import org.veedor.officers.application.TerritoryView;
import org.veedor.officers.application.UnitView;
import org.veedor.platform.InvalidInputException;
import org.veedor.platform.RefusalException;
import org.veedor.web.platform.Messages;

/**
 * The organisation page (admin/organisation.xhtml): the unit tree and its territories; a unit is
 * added under an open parent, renamed, or closed once nobody works in it; a territory is added or
 * renamed.
 */
@Named
@ViewScoped
public class OrganisationView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The levels of the tree, from the top. */
  public static final List<String> LEVELS =
      List.of("NATIONAL", "REGION", "DISTRICT", "STATION", "SPECIAL_UNIT");

  @Inject transient OfficerRegistry registry;
  @Inject transient OrganisationAdministration organisation;

  private List<UnitView> units = List.of();
  private List<TerritoryView> territories = List.of();

  private String unitCode;
  private String unitName;
  private String level = "STATION";
  private String parentCode;
  private String territoryCode;

  private String newTerritoryCode;
  private String newTerritoryName;

  /** The unit or territory being renamed, and its new name. */
  private String renaming;

  private String renamingTerritory;
  private String newName;

  @PostConstruct
  void load() {
    units = registry.units();
    territories = registry.territories();
  }

  public void addUnit() {
    try {
      UnitView added =
          organisation.createUnit(unitCode, unitName, level, parentCode, territoryCode);
      Messages.info("organisation.unitAdded", added.code());
      unitCode = null;
      unitName = null;
      load();
    } catch (InvalidInputException e) {
      Messages.error("organisation.invalid", Messages.describe(e, "organisation.field."));
    } catch (RefusalException e) {
      Messages.error(e);
    }
  }

  public void addTerritory() {
    try {
      TerritoryView added = organisation.createTerritory(newTerritoryCode, newTerritoryName);
      Messages.info("organisation.territoryAdded", added.code());
      newTerritoryCode = null;
      newTerritoryName = null;
      load();
    } catch (InvalidInputException e) {
      Messages.error("organisation.invalid", Messages.describe(e, "organisation.field."));
    } catch (RefusalException e) {
      Messages.error(e);
    }
  }

  public void startRenaming(String code) {
    renaming = code;
    renamingTerritory = null;
    newName =
        units.stream()
            .filter(u -> u.code().equals(code))
            .map(UnitView::name)
            .findFirst()
            .orElse(null);
  }

  public void startRenamingTerritory(String code) {
    renamingTerritory = code;
    renaming = null;
    newName =
        territories.stream()
            .filter(t -> t.code().equals(code))
            .map(TerritoryView::name)
            .findFirst()
            .orElse(null);
  }

  public void rename() {
    try {
      if (renaming != null) {
        organisation.renameUnit(renaming, newName);
      } else if (renamingTerritory != null) {
        organisation.renameTerritory(renamingTerritory, newName);
      }
      Messages.info("organisation.renamed", renaming != null ? renaming : renamingTerritory);
      renaming = null;
      renamingTerritory = null;
      load();
    } catch (InvalidInputException e) {
      Messages.error("organisation.invalid", Messages.describe(e, "organisation.field."));
    } catch (RefusalException e) {
      Messages.error(e);
    }
  }

  public void close(String code) {
    try {
      organisation.closeUnit(code);
      Messages.info("organisation.closed", code);
      load();
    } catch (RefusalException e) {
      Messages.error(e);
    }
  }

  public List<String> getLevels() {
    return LEVELS;
  }

  public List<UnitView> getUnits() {
    return units;
  }

  public List<UnitView> getOpenUnits() {
    return units.stream().filter(u -> u.closedOn() == null).toList();
  }

  public List<TerritoryView> getTerritories() {
    return territories;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public void setUnitCode(String unitCode) {
    this.unitCode = unitCode;
  }

  public String getUnitName() {
    return unitName;
  }

  public void setUnitName(String unitName) {
    this.unitName = unitName;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public String getParentCode() {
    return parentCode;
  }

  public void setParentCode(String parentCode) {
    this.parentCode = parentCode;
  }

  public String getTerritoryCode() {
    return territoryCode;
  }

  public void setTerritoryCode(String territoryCode) {
    this.territoryCode = territoryCode;
  }

  public String getNewTerritoryCode() {
    return newTerritoryCode;
  }

  public void setNewTerritoryCode(String newTerritoryCode) {
    this.newTerritoryCode = newTerritoryCode;
  }

  public String getNewTerritoryName() {
    return newTerritoryName;
  }

  public void setNewTerritoryName(String newTerritoryName) {
    this.newTerritoryName = newTerritoryName;
  }

  public String getRenaming() {
    return renaming;
  }

  public String getRenamingTerritory() {
    return renamingTerritory;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }
}
